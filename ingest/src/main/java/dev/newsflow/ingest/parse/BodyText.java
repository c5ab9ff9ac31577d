package dev.newsflow.ingest.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts article bodies into the one shape every stage expects: Unicode NFC, each paragraph on one line with single
 * spaces, paragraphs separated by one blank line, no empty paragraphs — and repairs what transport does to text:
 *
 * <ul>
 *   <li>Markdown markup is reduced to its text: emphasis ({@code *New York Times*}), links, heading marks;
 *   <li>a paragraph that a page break split mid-sentence is joined again: one that ends in a comma, semicolon or
 *       dash continues into the next; one that ends in a plain word, without terminal punctuation, continues into
 *       a next one that starts in lower case (so a heading, followed by a capitalized paragraph, stays apart);
 *   <li>a publisher's trailer at the end (contact, subscribe and follow-us blocks, a lone link, an agency's "(Reporting
 *       by ...; Editing by ...)" credit line) is removed.
 * </ul>
 */
public final class BodyText {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern STAR_EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}*])(\\*{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*])");
    private static final Pattern UNDERSCORE_EMPHASIS =
            Pattern.compile("(?<!\\w)(_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?!\\w)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern CONTINUES = Pattern.compile("[,;\\-–—(“]$");
    private static final Pattern ENDS_IN_WORD = Pattern.compile("[\\p{L}\\p{N}]$");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\"“‘']?\\p{Ll}");
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)^((to contact|contact us|subscribe|sign up|follow us|share this|read more|click here|download our app"
                    + "|get our newsletter|copyright)\\b.*|©.*|.*\\ball rights reserved\\b.*"
                    // an agency's credit line: "(Reporting by Thomas Aubert; Editing by Clare Dunmore)"
                    + "|\\((?:additional reporting|reporting|writing|editing|compiled)\\s+by\\b.*\\)"
                    + "|(?:additional )?reporting\\s+by\\b.*;\\s*editing\\s+by\\b.*"
                    + "|(https?://)?[\\w.-]+\\.[a-z]{2,}(/\\S*)?)$");
    private static final int TRAILER_MAX_WORDS = 25;

    private BodyText() {}

    /** Normalizes plain or Markdown text whose paragraphs are separated by blank lines. */
    public static String normalize(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            paragraphs.add(fromMarkdown(block));
        }
        return ofParagraphs(paragraphs);
    }

    /** Normalizes a body given as its paragraphs (already free of markup). */
    public static String ofParagraphs(List<String> paragraphs) {
        List<String> clean = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String text = WHITESPACE
                    .matcher(Normalizer.normalize(paragraph, Normalizer.Form.NFC))
                    .replaceAll(" ")
                    .strip();
            if (!text.isEmpty()) {
                clean.add(text);
            }
        }
        return String.join("\n\n", withoutTrailer(joinBrokenSentences(clean)));
    }

    private static String fromMarkdown(String block) {
        String text = HEADING.matcher(block.strip()).replaceFirst("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = STAR_EMPHASIS.matcher(text).replaceAll("$2");
        return UNDERSCORE_EMPHASIS.matcher(text).replaceAll("$2");
    }

    private static List<String> joinBrokenSentences(List<String> paragraphs) {
        List<String> joined = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int last = joined.size() - 1;
            if (last >= 0 && continuesInto(joined.get(last), paragraph)) {
                joined.set(last, joined.get(last) + " " + paragraph);
            } else {
                joined.add(paragraph);
            }
        }
        return joined;
    }

    private static boolean continuesInto(String paragraph, String next) {
        if (CONTINUES.matcher(paragraph).find()) {
            return true;
        }
        return ENDS_IN_WORD.matcher(paragraph).find()
                && STARTS_LOWER.matcher(next).find();
    }

    private static List<String> withoutTrailer(List<String> paragraphs) {
        int end = paragraphs.size();
        while (end > 1 && isTrailer(paragraphs.get(end - 1))) {
            end--;
        }
        return paragraphs.subList(0, end);
    }

    private static boolean isTrailer(String paragraph) {
        return paragraph.split(" ").length <= TRAILER_MAX_WORDS
                && TRAILER.matcher(paragraph).matches();
    }
}
