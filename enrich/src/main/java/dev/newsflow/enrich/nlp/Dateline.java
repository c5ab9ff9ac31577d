package dev.newsflow.enrich.nlp;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "OSLO (Newsflow Wire) —", "WASHINGTON, June 5 (Reuters) -", "BOLOGNA —".
 * A short word alone ("NATO —") or a label ("FILE -", "EXCLUSIVE —") is not one. Its capitals name the place the
 * story was filed from, so they are a location whatever the name finder makes of a word in
 * capitals it rarely saw (it took "OSLO" for an organization).
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]*\\p{Lu}\\.?)" // the place, in capitals; "FRANKFURT/NEW YORK" two
                    + "(,[^(—–\\n]{1,30}?)?" // ", D.C." or ", June 5"
                    + "\\s*(\\([^)\\n]{1,40}\\)\\s*)?" // "(Reuters)"
                    + "(?:—|–|--?)\\s");

    private static final Set<String> LABELS = Set.of(
            "FILE",
            "BREAKING",
            "EXCLUSIVE",
            "UPDATE",
            "UPDATED",
            "WATCH",
            "LIVE",
            "ANALYSIS",
            "OPINION",
            "EDITORIAL",
            "CORRECTION",
            "PHOTOS",
            "VIDEO",
            "FACTBOX",
            "EXPLAINER",
            "INTERVIEW",
            "REVIEW",
            "COMMENT");

    private Dateline() {}

    /** Particles a place's name keeps in lower case inside it: "Rio de Janeiro", "Stratford-upon-Avon". */
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "do", "del", "della", "des", "du", "la", "le", "les", "von", "van", "upon", "on", "am", "al");

    /** The place as a name is written: "OSLO" is "Oslo", "RIO DE JANEIRO" "Rio de Janeiro", "ST. LOUIS" "St. Louis". */
    static String written(String place) {
        StringBuilder written = new StringBuilder(place.length());
        boolean wordStart = true;
        int wordIndex = 0;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLetter(c)) {
                if (wordStart) {
                    int end = i;
                    while (end < place.length() && Character.isLetter(place.charAt(end))) {
                        end++;
                    }
                    String word = place.substring(i, end).toLowerCase(java.util.Locale.ROOT);
                    boolean particle = wordIndex > 0 && PARTICLES.contains(word);
                    written.append(particle ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
                    i = end - 1;
                    wordStart = false;
                    wordIndex++;
                    continue;
                }
                written.append(Character.toLowerCase(c));
            } else {
                written.append(c);
                wordStart = c == ' ' || c == '-' || c == '.';
            }
        }
        return written.toString();
    }

    /** The places a dateline names: "FRANKFURT/NEW YORK" names Frankfurt and New York. */
    static java.util.List<String> places(String dateline) {
        return java.util.Arrays.stream(dateline.split("/"))
                .map(String::strip)
                .filter(place -> !place.isEmpty())
                .toList();
    }

    /** The place of the dateline the text starts with, e.g. "OSLO"; empty if it does not start with one. */
    static Optional<String> place(String text) {
        return dateline(text).map(matcher -> matcher.group(1).strip());
    }

    /**
     * Whether the character at {@code offset} of the text is its dateline's place or date: "LONDON" or "Jan 9" of
     * "LONDON, Jan 9 (Reuters) -". The news agency is a name of the text's, and so is a state or country after the place
     * ("TOLEDO, Ohio (AP)", "PLATEAU DE BEILLE, France, July 14").
     */
    static boolean covers(String text, int offset) {
        return dateline(text)
                .map(matcher -> {
                    if (offset < matcher.end(1)) {
                        return true;
                    }
                    String after = matcher.group(2);
                    if (after == null || offset >= matcher.end(2)) {
                        return false;
                    }
                    int date = matcher.start(2) + after.lastIndexOf(',');
                    return offset > date
                            && after.substring(after.lastIndexOf(',')).matches(".*\\d.*");
                })
                .orElse(false);
    }

    private static Optional<Matcher> dateline(String text) {
        Matcher matcher = DATELINE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String place = matcher.group(1).strip();
        boolean attributed = matcher.group(2) != null || matcher.group(3) != null;
        // "NATO — ", "AI — " and "FILE - " open stories too: a bare short word or a label is no dateline
        if (LABELS.contains(place) || (!attributed && place.codePointCount(0, place.length()) < 5)) {
            return Optional.empty();
        }
        return Optional.of(matcher);
    }
}
