package dev.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits running text into the tokens the topic classifier sees; training and classification must both use it, or the
 * model's features will not match.
 *
 * <p>A token is a maximal run of letters (with their combining marks) and digits, lower-cased in the root locale. An
 * apostrophe between two letters ({@code don't}, {@code O'Neill}) and a period or comma between two digits
 * ({@code 1.13}, {@code 11,000}) stay inside the token. Every currency sign and every percent sign is a token of its
 * own, since money and rates mark business news. Any other character only separates tokens, so {@code high-speed}
 * gives {@code high} and {@code speed}, and {@code $1.13bn} gives {@code $} and {@code 1.13bn}.
 */
public final class DocumentTokens {

    private DocumentTokens() {}

    /** Returns the tokens of the text in order; none for blank text. */
    public static String[] of(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            int next = i < text.length() ? Character.codePointAt(text, i) : -1;
            if (isWordPart(codePoint) || (!token.isEmpty() && joins(previous, codePoint, next))) {
                token.appendCodePoint(codePoint);
            } else {
                flush(token, tokens);
                if (Character.getType(codePoint) == Character.CURRENCY_SYMBOL || codePoint == '%') {
                    tokens.add(Character.toString(codePoint));
                }
            }
            previous = codePoint;
        }
        flush(token, tokens);
        return tokens.toArray(String[]::new);
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean joins(int previous, int codePoint, int next) {
        if (codePoint == '\'' || codePoint == '\u2019') {
            return Character.isLetter(previous) && next != -1 && Character.isLetter(next);
        }
        if (codePoint == '.' || codePoint == ',') {
            return Character.isDigit(previous) && next != -1 && Character.isDigit(next);
        }
        return false;
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (!token.isEmpty()) {
            tokens.add(token.toString().toLowerCase(Locale.ROOT));
            token.setLength(0);
        }
    }
}
