package dev.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the authors out of a byline: "Andre Damon", "By Jane Doe", "By Jane Doe and Omar Haddad",
 * "By Lena Fischer, Political Editor", "By Hannah Lim, BBC News, Jakarta", "By Jun Dalisay with Marites Coronel in
 * Legazpi".
 */
public final class Bylines {

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(,|;|&|\\band\\b)\\s*");
    /** "By Jun Dalisay with Marites Coronel": a signed byline joins authors with "with" too. */
    private static final Pattern SIGNED_SEPARATORS = Pattern.compile("\\s*(,|;|&|\\band\\b|\\bwith\\b)\\s*");
    /** "By Tomás Brennan in Guatemala City": where the author writes from, after the name. */
    private static final Pattern WRITING_FROM = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");

    private static final Set<String> ROLE_WORDS = Set.of(
            "editor",
            "correspondent",
            "reporter",
            "writer",
            "staff",
            "desk",
            "columnist",
            "contributor",
            "analyst",
            "bureau",
            "chief",
            "senior",
            "political",
            "business",
            "sports",
            "science",
            "news",
            "agencies",
            "press",
            "sport",
            // outlets' last words: "By Kyle Brennan, Des Moines Register" names one author
            "register",
            "times",
            "post",
            "herald",
            "journal",
            "tribune",
            "gazette",
            "guardian",
            "telegraph",
            "chronicle",
            "observer",
            "examiner");
    private static final Set<String> NAME_PARTICLES =
            Set.of("de", "da", "del", "della", "van", "von", "der", "den", "bin", "al", "le", "la", "du", "y");

    private Bylines() {}

    /**
     * Words of a venue's name, which sports reports put where a byline goes ("Ewood Park", "Stade de France"): a line
     * without "By" that holds one is no byline.
     */
    private static final Set<String> VENUE_WORDS =
            Set.of("park", "road", "stadium", "stade", "stadio", "estadio", "ground", "arena", "field", "lane", "oval");

    /** Whether {@code line} is a byline that says so: "By Hannah Okoye, Consumer affairs correspondent". */
    public static boolean isSignedByline(String line) {
        String text = line.strip();
        return BY.matcher(text).find() && text.length() <= 120 && !authors(text).isEmpty();
    }

    /**
     * Whether {@code line} reads as a byline: "By ..." or a short run of capitalized name words, at least a first name
     * and a surname, and no venue ("Murrayfield", "Griffin Park" head BBC match previews).
     */
    public static boolean isByline(String line) {
        String text = line.strip();
        if (BY.matcher(text).find()) {
            return text.length() > 3 && text.length() <= 120;
        }
        List<String> named = authors(text);
        return !named.isEmpty()
                && named.get(0).contains(" ")
                && text.split("\\s+").length <= 8
                && !text.matches(".*[.!?:\"]$")
                && java.util.Arrays.stream(text.split("[\\s,]+"))
                        .noneMatch(word -> VENUE_WORDS.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** The author names in {@code byline}, in order, without "By" and without roles; empty if it names nobody. */
    public static List<String> authors(String byline) {
        String text = BY.matcher(byline.strip()).replaceFirst("");
        // only a line that says "By" may name where its authors write from, or join them with "with": a headline
        // such as "Heavy Rain in Northern Italy" must not read as a byline
        boolean signed = text.length() < byline.strip().length();
        List<String> names = new ArrayList<>();
        for (String part : (signed ? SIGNED_SEPARATORS : SEPARATORS).split(text)) {
            String author = signed ? WRITING_FROM.matcher(part.strip()).replaceFirst("") : part.strip();
            String candidate = SHOUTED_NAME_BEFORE_ROLE.matcher(author).replaceFirst("$1");
            if (!looksLikeName(candidate)) {
                if (!names.isEmpty()) {
                    break; // "By Hannah Lim, BBC News, Jakarta": after the authors, their role, outlet and place
                }
                continue;
            }
            if (!names.isEmpty() && !candidate.contains(" ")) {
                break; // "By Jane Doe, Jakarta": a place; an author named after another has a full name
            }
            names.add(SHOUTED.matcher(candidate).matches() ? titleCase(candidate) : candidate);
        }
        return names;
    }

    /**
     * An agency's byline writes the name in capitals and its outlet or role after it without a comma: "MARTHA KEATING
     * Associated Press", "DANIEL HAUSER AP Sports Writer". Group 1 is the name.
     */
    private static final Pattern SHOUTED_NAME_BEFORE_ROLE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+)+?)\\s+(?:AP\\b|AFP\\b|\\p{Lu}\\p{Ll}).*$");

    private static final Pattern SHOUTED = Pattern.compile("[\\p{Lu}\\s'’.-]+");

    /** "MARTHA KEATING" as "Martha Keating"; "O'BRIEN" as "O'Brien", "MCALLISTER" as "Mcallister". */
    private static String titleCase(String shouted) {
        StringBuilder name = new StringBuilder(shouted.length());
        boolean start = true;
        for (char c : shouted.toCharArray()) {
            name.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return name.toString();
    }

    private static boolean looksLikeName(String candidate) {
        String[] words = candidate.split("\\s+");
        if (candidate.isEmpty() || words.length > 5) {
            return false;
        }
        int nameWords = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (ROLE_WORDS.contains(lower.replaceAll("\\W", ""))) {
                return false;
            }
            if (NAME_PARTICLES.contains(lower)) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            nameWords++;
        }
        return nameWords >= 1;
    }
}
