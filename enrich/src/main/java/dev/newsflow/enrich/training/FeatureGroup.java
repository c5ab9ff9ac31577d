package dev.newsflow.enrich.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A group of name-finder features that one perceptron of an average can be trained without: feature bagging (Sutton,
 * Sindelar and McCallum 2005, "Feature bagging: preventing weight undertraining in structured discriminative
 * learning").
 *
 * <p>Why: the training sentences are almost separable by the strongest features alone (a word seen in training, a
 * gazetteer hit), so the perceptron stops updating before the weaker ones (clusters, context) have learnt much.
 * A perceptron trained without the strong group must rely on the others; averaged with perceptrons that had every
 * feature, the model keeps both, at one model's size and speed.
 */
public enum FeatureGroup {
    /** Leaves nothing out. */
    NONE(Set.of()),
    /** The lower-cased tokens in the window around the current one. */
    WORDS(Set.of("opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory")),
    /** Gazetteer membership. */
    GAZETTEERS(Set.of("dev.newsflow.enrich.nlp.features.GazetteerFeatureGeneratorFactory")),
    /** Word-cluster features: tokens, tokens with their class, and neighbour pairs. */
    CLUSTERS(Set.of("dev.newsflow.enrich.nlp.features.WordClusterFeatureGeneratorFactory")),
    /** Prefixes and suffixes of the current token. */
    AFFIXES(Set.of(
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"));

    private final Set<String> generatorClasses;

    FeatureGroup(Set<String> generatorClasses) {
        this.generatorClasses = generatorClasses;
    }

    /** The group named case-insensitively, as the command line writes it ("gazetteers"). */
    public static FeatureGroup named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The name as the command line and the model's manifest write it ("gazetteers"). */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the feature generator descriptor without the top-level generators that use this group's generators
     * (a window around a token feature goes with it); the descriptor itself for {@link #NONE}.
     *
     * @throws IllegalArgumentException if the descriptor is not XML or has no generator of this group, which would
     *     make the perceptron trained without it a copy of the others
     */
    public String removeFrom(String descriptor) {
        if (this == NONE) {
            return descriptor;
        }
        org.w3c.dom.Document document = parse(descriptor);
        Element root = document.getDocumentElement();
        List<Node> doomed = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element generator && usesGroup(generator)) {
                doomed.add(child);
            }
        }
        if (doomed.isEmpty()) {
            throw new IllegalArgumentException("the feature generator descriptor has no " + this + " features");
        }
        doomed.forEach(root::removeChild);
        return serialize(document);
    }

    private boolean usesGroup(Element generator) {
        if (generatorClasses.contains(generator.getAttribute("class"))) {
            return true;
        }
        NodeList nested = generator.getElementsByTagName("generator");
        for (int i = 0; i < nested.getLength(); i++) {
            if (generatorClasses.contains(((Element) nested.item(i)).getAttribute("class"))) {
                return true;
            }
        }
        return false;
    }

    private static org.w3c.dom.Document parse(String descriptor) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("the feature generator descriptor is not well-formed XML", e);
        }
    }

    private static String serialize(org.w3c.dom.Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            return text.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write an XML document the parser just read", e);
        }
    }
}
