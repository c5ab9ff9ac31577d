package dev.newsflow.enrich.nlp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An extractive summary: the article's own two or three most central sentences, in their order. A sentence scores
 * the frequency of its content words in the whole article, per square root of its length (long sentences are not
 * favoured for their length alone); news puts what matters first, so the lead paragraph's sentences count half as
 * much again.
 */
final class Summary {

    private static final int MIN_WORDS = 6;
    private static final double LEAD_BONUS = 1.5;

    private Summary() {}

    /** The summary, or null when the article has fewer than two sentences worth the name. */
    static String of(List<Sentence> sentences) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Sentence sentence : sentences) {
            for (String token : sentence.tokens()) {
                if (isContent(token)) {
                    frequency.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        List<Sentence> candidates =
                sentences.stream().filter(s -> s.tokens().length >= MIN_WORDS).toList();
        if (candidates.size() < 2) {
            return null;
        }
        int count = candidates.size() >= 8 ? 3 : 2;
        return IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> score(candidates.get(i), frequency))
                        .reversed())
                .limit(count)
                .sorted()
                .map(i -> candidates.get(i).text().strip())
                .collect(Collectors.joining(" "));
    }

    private static double score(Sentence sentence, Map<String, Integer> frequency) {
        double sum = 0;
        for (String token : sentence.tokens()) {
            if (isContent(token)) {
                sum += frequency.getOrDefault(token.toLowerCase(Locale.ROOT), 0);
            }
        }
        double score = sum / Math.sqrt(sentence.tokens().length);
        return sentence.paragraph() == 0 ? score * LEAD_BONUS : score;
    }

    private static boolean isContent(String token) {
        return token.length() > 2 && Character.isLetter(token.charAt(0)) && !Stopwords.contains(token);
    }
}
