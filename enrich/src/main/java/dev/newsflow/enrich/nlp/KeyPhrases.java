package dev.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Key phrases by RAKE (Rose et al., 2010): candidates are the runs of content words between stop words and
 * punctuation; a word scores its co-occurrence degree over its frequency, a phrase the sum of its words; a phrase
 * that recurs scores that much higher. Language-independent but for the stop words, fast, and it needs no model.
 */
final class KeyPhrases {

    static final int COUNT = 8;
    private static final int MAX_WORDS = 4;
    private static final Pattern BREAKS = Pattern.compile("[.,;:!?()\\[\\]{}\"“”‘’—–/]|\\s-\\s|\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private KeyPhrases() {}

    static List<String> of(String text) {
        List<List<String>> candidates = new ArrayList<>();
        for (String chunk : BREAKS.split(text)) {
            List<String> run = new ArrayList<>();
            for (String token : chunk.strip().split("\\s+")) {
                if (!WORD.matcher(token).matches() || Stopwords.contains(token)) {
                    add(candidates, run);
                    run = new ArrayList<>();
                } else {
                    run.add(token);
                }
            }
            add(candidates, run);
        }

        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (List<String> phrase : candidates) {
            for (String word : phrase) {
                String lower = word.toLowerCase(Locale.ROOT);
                frequency.merge(lower, 1, Integer::sum);
                degree.merge(lower, phrase.size(), Integer::sum);
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> firstForm = new HashMap<>();
        for (List<String> phrase : candidates) {
            String key = String.join(" ", phrase).toLowerCase(Locale.ROOT);
            double score = phrase.stream()
                    .mapToDouble(w ->
                            degree.get(w.toLowerCase(Locale.ROOT)) / (double) frequency.get(w.toLowerCase(Locale.ROOT)))
                    .sum();
            scores.merge(key, score, Double::sum);
            firstForm.putIfAbsent(key, String.join(" ", phrase));
        }
        return scores.entrySet().stream()
                .filter(e -> e.getKey().length() > 3)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(COUNT)
                .map(e -> firstForm.get(e.getKey()))
                .toList();
    }

    private static void add(List<List<String>> candidates, List<String> run) {
        if (!run.isEmpty() && run.size() <= MAX_WORDS) {
            candidates.add(run);
        }
    }
}
