package dev.newsflow.enrich.nlp.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Creates a {@link SentenceWindowFeatureGenerator}, OpenNLP's window with the same arguments and the same features:
 *
 * <pre>{@code
 * <generator class="dev.newsflow.enrich.nlp.features.SentenceWindowFeatureGeneratorFactory">
 *   <int name="prevLength">2</int>
 *   <int name="nextLength">2</int>
 *   <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
 * </generator>
 * }</pre>
 *
 * Models name OpenNLP's window, so that they load anywhere; the name finder swaps in this one when it loads a model
 * ({@link #substituteIn}). OpenNLP instantiates this class by name, so its package must be allowed first: see
 * {@link FeatureExtensions}.
 */
public final class SentenceWindowFeatureGeneratorFactory extends WindowFeatureGeneratorFactory {

    /** Generators whose features depend on the sentence's tokens alone, the only ones this window may wrap. */
    private static final Set<String> TOKEN_ONLY = Set.of(
            TokenClassFeatureGeneratorFactory.class.getName(),
            TokenFeatureGeneratorFactory.class.getName(),
            PrefixFeatureGeneratorFactory.class.getName(),
            SuffixFeatureGeneratorFactory.class.getName(),
            CharacterNgramFeatureGeneratorFactory.class.getName(),
            WordClusterFeatureGeneratorFactory.class.getName(),
            GazetteerFeatureGeneratorFactory.class.getName());

    public SentenceWindowFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        AdaptiveFeatureGenerator generator = (AdaptiveFeatureGenerator) args.get("generator#0");
        if (generator == null) {
            throw new InvalidFormatException("a window feature generator must hold a generator");
        }
        return new SentenceWindowFeatureGenerator(generator, getInt("prevLength"), getInt("nextLength"));
    }

    /**
     * The feature generator descriptor with every OpenNLP window whose generators read the tokens alone replaced by
     * this factory's window: the same features, computed once per token. Other windows stay as they are.
     */
    public static byte[] substituteIn(byte[] descriptor) throws InvalidFormatException {
        try {
            DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
            builders.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
            NodeList generators = document.getElementsByTagName("generator");
            boolean changed = false;
            for (int i = 0; i < generators.getLength(); i++) {
                Element generator = (Element) generators.item(i);
                if (generator.getAttribute("class").equals(WindowFeatureGeneratorFactory.class.getName())
                        && wrapsTokenOnlyGenerators(generator)) {
                    generator.setAttribute("class", SentenceWindowFeatureGeneratorFactory.class.getName());
                    changed = true;
                }
            }
            if (!changed) {
                return descriptor;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new InvalidFormatException("unreadable feature generator descriptor: " + e.getMessage(), e);
        }
    }

    private static boolean wrapsTokenOnlyGenerators(Element window) {
        boolean any = false;
        for (Node child = window.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("generator")) {
                if (!TOKEN_ONLY.contains(element.getAttribute("class"))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
