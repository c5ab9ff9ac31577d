package dev.newsflow.enrich.training;

/**
 * How many predictions of one kind (an entity type or a topic label) matched the gold standard.
 *
 * <p>Precision, recall and F1 follow conlleval: a ratio whose denominator is zero is 0, not NaN, so a type the model
 * never predicts scores precision 0.
 *
 * @param truePositives predictions that match a gold item exactly
 * @param falsePositives predictions without an exactly matching gold item
 * @param falseNegatives gold items without an exactly matching prediction
 */
public record MatchCounts(int truePositives, int falsePositives, int falseNegatives) {

    public static final MatchCounts NONE = new MatchCounts(0, 0, 0);

    public MatchCounts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: " + truePositives + ", " + falsePositives + ", " + falseNegatives);
        }
    }

    /** Returns the number of items the model predicted. */
    public int predicted() {
        return truePositives + falsePositives;
    }

    /** Returns the number of items in the gold standard. */
    public int expected() {
        return truePositives + falseNegatives;
    }

    public double precision() {
        return ratio(truePositives, predicted());
    }

    public double recall() {
        return ratio(truePositives, expected());
    }

    /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    MatchCounts plusTruePositive() {
        return new MatchCounts(truePositives + 1, falsePositives, falseNegatives);
    }

    MatchCounts plusFalsePositive() {
        return new MatchCounts(truePositives, falsePositives + 1, falseNegatives);
    }

    MatchCounts plusFalseNegative() {
        return new MatchCounts(truePositives, falsePositives, falseNegatives + 1);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** The header of a per-label table of {@link #tableRow(String)}s; {@code f1} names the F1 column. */
    static String tableHeader(String f1) {
        return String.format(
                java.util.Locale.ROOT,
                "%-14s %9s %7s %7s %7s %7s %7s%n",
                "",
                "precision",
                "recall",
                f1,
                "found",
                "gold",
                "correct");
    }

    /** One line of a per-label table: precision and recall in percent, F1 on the same 0-100 scale, the counts. */
    String tableRow(String label) {
        return String.format(
                java.util.Locale.ROOT,
                "%-14s %8.2f%% %6.2f%% %7.2f %7d %7d %7d%n",
                label,
                100 * precision(),
                100 * recall(),
                100 * f1(),
                predicted(),
                expected(),
                truePositives());
    }
}
