package dev.newsflow.enrich.nlp.features;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;

/**
 * Reads the named-entity gazetteers of the Maven Central artifact {@code edu.emory.mathcs.nlp:nlp4j-english:1.1.3}
 * (Apache License 2.0), {@code lexica/en-named-entity-gazetteers-simplified.xz} after {@code xz -d}: a Java-serialized
 * {@code PrefixTree<String, Set<String>>} from token sequences (1.59 million phrases, Wikipedia titles and names) to
 * the numbers of the lists holding them. Used when training, never at run time: the model carries the lists as text.
 *
 * <p>nlp4j does not name its lists. The names below were read off their contents (list 14 holds "Barack Obama" and
 * 764,508 other people, list 8 "The Masque of Blacknesse" and other books and works of art, ...); they are labels for
 * the reader, the model only needs the lists to be told apart.
 */
final class Nlp4jGazetteers {

    /** nlp4j's list number to the name used in the model, {@code wiki.} + what the list holds. */
    static final String[] LIST_NAMES = {
        "wiki.corporation", // 0: Sanofi-Aventis, Delta Air Lines, MasterCard
        Gazetteers.COUNTRIES, // 1: Jamaica, El Salvador, Tibet
        "wiki.currency", // 2: Baht, Swedish Krona, CFA Franc
        "wiki.title", // 3: Sir, Baroness, Officer
        "wiki.name", // 4: given names and surnames: Meaghan, Attenborough
        "wiki.nationality", // 5: Czechs, Costa Rican, Spanish
        "wiki.place", // 6: Hiroshima, Michigan, Solana Beach
        "wiki.state", // 7: US state names and abbreviations: Delaware, Tenn.
        "wiki.artwork", // 8: books and works of art
        "wiki.event", // 9: competitions, battles, operations
        "wiki.film", // 10: films
        "wiki.location", // 11: Zadar, Surpata River, Chapultepec Park
        "wiki.product", // 12: ships, vehicles, devices: HMS Veteran, Lunokhod
        "wiki.organization", // 13: Juventus Football Club, Fordham University
        "wiki.person", // 14: Barack Obama, Paul Otlet
        "wiki.song", // 15: songs and albums
    };

    private static final Set<String> TREE_CLASSES = Set.of(PrefixTree.class.getName(), PrefixNode.class.getName());

    private Nlp4jGazetteers() {}

    /** Reads the serialized tree; deserialization admits only nlp4j's two tree classes, collections and strings. */
    static Gazetteers read(InputStream in, String source) throws IOException {
        Object read = SerializedLexicon.read(in, source, "an nlp4j gazetteer tree", TREE_CLASSES);
        if (!(read instanceof PrefixTree<?, ?> tree)) {
            throw new InvalidFormatException(
                    source + " holds " + read.getClass().getName() + ", not a PrefixTree");
        }
        List<String> lines = new ArrayList<>();
        walk(tree.getRoot(), new ArrayDeque<>(), lines, source);
        // sorted, so that the same tree always gives the same text, and the model's zip compresses it well
        lines.sort(null);
        ByteArrayOutputStream text = new ByteArrayOutputStream(64 << 20);
        for (String line : lines) {
            text.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        return Gazetteers.fromText(new ByteArrayInputStream(text.toByteArray()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(PrefixNode node, Deque<String> tokens, List<String> lines, String source)
            throws InvalidFormatException {
        if (node.hasValue()) {
            if (!(node.getValue() instanceof Collection<?> lists)) {
                throw new InvalidFormatException(source + ": expected sets of list numbers");
            }
            String phrase = String.join(" ", tokens);
            for (Object list : lists) {
                int number = Integer.parseInt(String.valueOf(list));
                if (number < 0 || number >= LIST_NAMES.length) {
                    throw new InvalidFormatException(source + ": unknown list number " + list);
                }
                lines.add(LIST_NAMES[number] + '\t' + phrase + '\n');
            }
        }
        for (Map.Entry<Object, PrefixNode> child : (Set<Map.Entry<Object, PrefixNode>>) node.entrySet()) {
            tokens.addLast(String.valueOf(child.getKey()));
            walk(child.getValue(), tokens, lines, source);
            tokens.removeLast();
        }
    }
}
