package dev.newsflow.enrich.nlp.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Document-level features for a second-stage name finder, computed from a first-stage model's names for the whole
 * document and given to OpenNLP as each token's additional context ({@code NameFinderME.find(tokens, context)}).
 *
 * <p>For a token that starts with a capital letter (or a digit), looked up lower-cased so that a headline's "ROTOR"
 * meets the body's "Rotor":
 *
 * <ul>
 *   <li>{@code s1=B-type}, {@code s1=I-type} or {@code s1=O}: what stage 1 said about this very token
 *   <li>{@code d=B-type} / {@code d=I-type}: stage 1 gave that label to the same word elsewhere in the document
 *   <li>{@code dmaj=type}: the type stage 1 gave most often to the word's other occurrences (ties: alphabetical)
 *   <li>{@code dO}: the word also occurs elsewhere, capitalised, and stage 1 left it untagged there
 *   <li>{@code dprev=type}: the type of the word's latest tagged occurrence in an earlier sentence
 * </ul>
 */
public final class DocumentContext {

    private DocumentContext() {}

    /** The additional context of every token of every sentence of one document. */
    public static List<String[][]> of(List<String[]> sentences, List<Span[]> stageOne) {
        List<String[]> labels = new ArrayList<>(sentences.size());
        // word -> label -> count, over the whole document
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            String[] tags = new String[tokens.length];
            for (Span span : stageOne.get(s)) {
                for (int i = span.getStart(); i < span.getEnd(); i++) {
                    tags[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
                }
            }
            for (int i = 0; i < tokens.length; i++) {
                if (tags[i] == null) {
                    tags[i] = "O";
                }
                if (eligible(tokens[i])) {
                    counts.computeIfAbsent(key(tokens[i]), k -> new TreeMap<>()).merge(tags[i], 1, Integer::sum);
                }
            }
            labels.add(tags);
        }
        List<String[][]> contexts = new ArrayList<>(sentences.size());
        Map<String, String> latest = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            String[] tags = labels.get(s);
            String[][] context = new String[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                if (!eligible(tokens[i])) {
                    context[i] = new String[0];
                    continue;
                }
                List<String> features = new ArrayList<>(6);
                features.add("s1=" + tags[i]);
                String word = key(tokens[i]);
                Map<String, Integer> byLabel = new TreeMap<>(counts.get(word));
                byLabel.merge(tags[i], -1, Integer::sum);
                Map<String, Integer> byType = new TreeMap<>();
                for (Map.Entry<String, Integer> entry : byLabel.entrySet()) {
                    if (entry.getValue() <= 0) {
                        continue;
                    }
                    if (entry.getKey().equals("O")) {
                        features.add("dO");
                    } else {
                        features.add("d=" + entry.getKey());
                        byType.merge(entry.getKey().substring(2), entry.getValue(), Integer::sum);
                    }
                }
                byType.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue())
                        .ifPresent(e -> features.add("dmaj=" + e.getKey()));
                String previous = latest.get(word);
                if (previous != null) {
                    features.add("dprev=" + previous);
                }
                context[i] = features.toArray(String[]::new);
            }
            for (int i = 0; i < tokens.length; i++) {
                if (eligible(tokens[i]) && !tags[i].equals("O")) {
                    latest.put(key(tokens[i]), tags[i].substring(2));
                }
            }
            contexts.add(context);
        }
        return contexts;
    }

    private static boolean eligible(String token) {
        if (token.isEmpty()) {
            return false;
        }
        int first = token.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static String key(String token) {
        return token.toLowerCase(Locale.ROOT);
    }
}
