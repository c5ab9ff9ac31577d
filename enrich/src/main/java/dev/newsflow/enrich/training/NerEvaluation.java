package dev.newsflow.enrich.training;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of {@link NerEvaluator}: exact-match counts per entity type.
 *
 * @param byType counts per entity type, including types that occur only in the gold standard or only in the
 *     predictions; iterated in type-name order
 * @param sentences how many sentences were evaluated
 * @param tokens how many tokens those sentences have
 */
public record NerEvaluation(SortedMap<String, MatchCounts> byType, int sentences, int tokens) {

    public NerEvaluation {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /** Returns the counts summed over all types, from which the micro-averaged scores conlleval reports follow. */
    public MatchCounts overall() {
        return byType.values().stream().reduce(MatchCounts.NONE, MatchCounts::plus);
    }

    /** Returns the counts for one type, all zero if the type occurred nowhere. */
    public MatchCounts of(String type) {
        return byType.getOrDefault(type, MatchCounts.NONE);
    }

    /** Returns a conlleval-style table: precision and recall in percent, F1 on the same 0-100 scale. */
    public String report() {
        MatchCounts overall = overall();
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
                tokens,
                overall.expected(),
                overall.predicted(),
                overall.truePositives()));
        report.append(MatchCounts.tableHeader("FB1"));
        report.append(overall.tableRow("overall"));
        byType.forEach((type, counts) -> report.append(counts.tableRow(type)));
        return report.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
