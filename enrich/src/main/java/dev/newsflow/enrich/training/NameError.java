package dev.newsflow.enrich.training;

import java.util.Arrays;
import opennlp.tools.util.Span;

/**
 * One name that a finder got wrong, in its sentence: what {@link NerEvaluator} counts as a false positive, a false
 * negative, or both, told apart so that errors can be read by kind.
 *
 * @param kind what went wrong
 * @param document the document's number in the evaluated file, from 1
 * @param sentence the sentence's tokens
 * @param gold the annotated name; null when the finder found a name where there is none
 * @param found the name the finder found; null when it missed the gold name
 */
public record NameError(Kind kind, int document, String[] sentence, Span gold, Span found) {

    public enum Kind {
        /** A gold name with no found name overlapping it. */
        MISSED,
        /** A found name with no gold name overlapping it. */
        SPURIOUS,
        /** The gold name's exact span, found with another type. */
        WRONG_TYPE,
        /** A found name that overlaps a gold name without the same span, whatever its type. */
        WRONG_SPAN
    }

    /** The header of {@link #toTsvLine()}'s columns. */
    public static final String TSV_HEADER = "kind\tdocument\tgold\tgold type\tfound\tfound type\tsentence";

    /** One tab-separated line: kind, document, gold name and type, found name and type (empty if none), sentence. */
    public String toTsvLine() {
        return String.join(
                "\t",
                kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                Integer.toString(document),
                text(gold),
                gold == null ? "" : gold.getType(),
                text(found),
                found == null ? "" : found.getType(),
                String.join(" ", sentence));
    }

    private String text(Span name) {
        return name == null ? "" : String.join(" ", Arrays.copyOfRange(sentence, name.getStart(), name.getEnd()));
    }
}
