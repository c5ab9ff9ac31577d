package dev.newsflow.ingest.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts article bodies into the one shape every stage expects: Unicode NFC, each paragraph on one line with single
 * spaces, paragraphs separated by one blank line, no empty paragraphs.
 */
public final class BodyText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private BodyText() {}

    /** Normalizes text whose paragraphs are separated by blank lines (lines inside a paragraph are joined). */
    public static String normalize(String text) {
        return ofParagraphs(List.of(BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))));
    }

    /** Normalizes a body given as its paragraphs. */
    public static String ofParagraphs(List<String> paragraphs) {
        return paragraphs.stream()
                .map(p -> WHITESPACE
                        .matcher(Normalizer.normalize(p, Normalizer.Form.NFC))
                        .replaceAll(" ")
                        .strip())
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
