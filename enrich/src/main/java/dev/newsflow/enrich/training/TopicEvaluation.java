package dev.newsflow.enrich.training;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link TopicEvaluator}: single-label outcome counts per topic label.
 *
 * @param byLabel counts per label, including labels only ever predicted or only ever expected; iterated in label
 *     order
 * @param documents how many documents were evaluated
 */
public record TopicEvaluation(SortedMap<String, MatchCounts> byLabel, int documents) {

    public TopicEvaluation {
        byLabel = Collections.unmodifiableSortedMap(new TreeMap<>(byLabel));
        if (documents < 0) {
            throw new IllegalArgumentException("documents must not be negative: " + documents);
        }
    }

    /** Returns how many documents got their gold label. */
    public int correct() {
        return byLabel.values().stream().mapToInt(MatchCounts::truePositives).sum();
    }

    /** Returns the share of documents labelled correctly, 0 when there were none. */
    public double accuracy() {
        return documents == 0 ? 0 : (double) correct() / documents;
    }

    /** Returns the unweighted mean of the per-label F1 scores, 0 when there are no labels. */
    public double macroF1() {
        return byLabel.values().stream().mapToDouble(MatchCounts::f1).average().orElse(0);
    }

    /** Returns the counts for one label, all zero if the label occurred nowhere. */
    public MatchCounts of(String label) {
        return byLabel.getOrDefault(label, MatchCounts.NONE);
    }

    /** Returns accuracy and macro-F1 followed by a table of per-label precision, recall and F1 in percent. */
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "documents: %d; correct: %d; accuracy: %.2f%%; macro-F1: %.2f%n",
                documents,
                correct(),
                100 * accuracy(),
                100 * macroF1()));
        report.append(MatchCounts.tableHeader("F1"));
        byLabel.forEach((label, counts) -> report.append(counts.tableRow(label)));
        return report.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
