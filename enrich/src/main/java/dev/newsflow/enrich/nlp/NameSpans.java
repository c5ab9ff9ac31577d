package dev.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * What the name rules share: the four types as the model writes them, the loop that repairs one sentence's names at a
 * time, small tests of tokens and names ("capitalised", "the name starting at this token"), and the word lists that
 * rules of more than one kind read (organizations' head words, portfolios, newspapers' titles, months).
 */
final class NameSpans {

    private NameSpans() {}

    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";
    static final String MISC = "misc";
    /** Last words that make a name an organization's; leagues, unions and federations are not here (CoNLL: misc). */
    static final Set<String> ORGANIZATION_HEADS = Set.of(
            "bank",
            "agency",
            "ministry",
            "university",
            "institute",
            "commission",
            "council",
            "corporation",
            "company",
            "airlines",
            "airways",
            "bureau",
            "department",
            "foundation",
            "party",
            "authority",
            "board",
            "association",
            "organization",
            "organisation",
            "committee",
            "corp",
            "corp.",
            "inc",
            "inc.",
            "co",
            "co.",
            "ltd",
            "ltd.",
            "plc",
            "llc",
            "gmbh",
            "ag",
            "sa",
            "s.a.",
            "nv",
            "n.v.",
            "capital",
            "partners",
            "holdings",
            "group",
            "fund",
            "trust",
            "securities",
            "investments",
            "motors",
            "industries",
            "systems",
            "technologies",
            "pharmaceuticals",
            "cooperative",
            "army",
            "navy",
            "police",
            // lines of business that end companies' names: every such name in eng.train, eng.testa and wikigold
            // is an organization ("Cable and Wireless Communications", "Offshore Data Services", "Fairfax Media")
            "logistics",
            "energy",
            "media",
            "services",
            "solutions",
            "insurance",
            "foods",
            "electronics",
            "communications",
            "telecom",
            "networks",
            "software",
            "entertainment",
            "records",
            "pictures",
            "studios",
            "resources",
            "petroleum",
            "mining",
            "chemicals",
            "therapeutics",
            "biotherapeutics",
            "laboratories",
            "labs",
            "enterprises",
            "ventures",
            "associates",
            "consulting",
            "brands",
            "network",
            // Reuters' contact lines: "-- Chicago Newsdesk 312-408-8787"
            "newsdesk",
            // clubs, organizations in CoNLL ("Bristol Rovers", "Texas Rangers", "Plymouth Argyle", "Raith Rovers FC")
            "rovers",
            "rangers",
            "wanderers",
            "hotspur",
            "argyle",
            "albion",
            "athletic",
            "fc",
            "afc");
    /**
     * Last words that make a misc name a place's. An organization keeps its type, since clubs and airports are named
     * so ("Notts County", "Queen's Park"), and so does a person, since these are surnames too ("Andrew Park").
     */
    static final Set<String> LOCATION_HEADS = Set.of(
            "county",
            "province",
            "region",
            "district",
            "river",
            "island",
            "peninsula",
            "strait",
            "islands",
            "mountains",
            "valley",
            "lake",
            "sea",
            "ocean",
            "bay",
            "street",
            "avenue",
            "square",
            "airport",
            "stadium",
            "arena",
            "park",
            "highway",
            "motorway",
            "expressway",
            "freeway");

    /** Whether the word ("Bank", "institute", "Corp.") makes a name of several words an organization's. */
    static boolean isOrganizationHead(String word) {
        return ORGANIZATION_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a token follows the sentence's {@code i}-th name and no other name starts there: one it may take. */
    static boolean freeTokenAfter(String[] tokens, Span[] spans, int i) {
        int end = spans[i].getEnd();
        return end < tokens.length && (i + 1 == spans.length || spans[i + 1].getStart() > end);
    }

    /** Adjectives the gazetteers' nationalities miss: "a Siberian river", "an Alpine valley", "a Scottish lake". */
    static final Pattern ADJECTIVE_OF_PLACE = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish|ine|ic)");

    static boolean isPossessor(String[] tokens, Span name) {
        return name.getEnd() < tokens.length
                && (tokens[name.getEnd()].equals("'s") || tokens[name.getEnd()].equals("’s"));
    }

    /** Each sentence's names after {@code repair}, which gets the tokens and a copy of the names it may change. */
    static List<Span[]> perSentence(
            List<String[]> sentences, List<Span[]> names, BiFunction<String[], Span[], Span[]> repair) {
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            result.add(repair.apply(sentences.get(s), names.get(s).clone()));
        }
        return result;
    }

    /** The last words of newspapers' names, where a "The" opens them ("The Daily Telegraph"). */
    static final Set<String> NEWSPAPER_TITLES = Set.of(
            "Times",
            "Post",
            "Journal",
            "Statesman",
            "Telegraph",
            "Guardian",
            "Independent",
            "Observer",
            "Herald",
            "Tribune",
            "Economist",
            "Sun",
            "Mirror",
            "Express",
            "Chronicle",
            "Gazette",
            "Inquirer",
            "Scotsman",
            "Globe");

    static void addNonEmpty(List<Span> spans, int start, int end, Span name) {
        if (start < end) {
            spans.add(new Span(start, end, name.getType(), name.getProb()));
        }
    }

    /** A minister's portfolio, which is not a name before "Minister": "Health Minister Alexandru Rafila". */
    static final Set<String> PORTFOLIOS = Set.of(
            "health",
            "finance",
            "defence",
            "defense",
            "foreign",
            "interior",
            "justice",
            "education",
            "agriculture",
            "energy",
            "trade",
            "transport",
            "environment",
            "economy",
            "culture",
            "tourism");

    static final Set<String> OPENING_ARTICLES = Set.of("The", "An");

    /** Punctuation only, but not a bracket, which may close one the name opened: "Mladost ( BJ )". */
    static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit)
                && token.codePoints().noneMatch(c -> "()[]{}".indexOf(c) >= 0);
    }

    static boolean allCapitalised(String[] tokens, Span name) {
        for (int i = name.getStart(); i < name.getEnd(); i++) {
            if (!Character.isUpperCase(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Each sentence's names, those {@code retype} holds for given {@code type}; the others as they were. */
    static List<Span[]> retyped(
            List<String[]> sentences, List<Span[]> names, String type, BiPredicate<String[], Span> retype) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                if (!type.equals(name.getType()) && retype.test(tokens, name)) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), type, name.getProb());
                }
            }
            return spans;
        });
    }

    /** The name of the list that starts at the token, or null. */
    static Span nameStartingAt(List<Span> names, int token) {
        return names.stream()
                .filter(name -> name.getStart() == token)
                .findFirst()
                .orElse(null);
    }

    static boolean isTaggedAt(List<Span> names, int token) {
        return names.stream().anyMatch(name -> name.getStart() <= token && token < name.getEnd());
    }

    /** The type of the one name two neighbours with one token between them make, or null where they stay two. */
    interface NeighbourJoin {
        String typeOf(String[] tokens, Span first, Span second);
    }

    /** Joins each two names with one token between them where {@code join} gives them a type; chains join too. */
    static List<Span[]> withNeighboursJoined(List<String[]> sentences, List<Span[]> names, NeighbourJoin join) {
        return withNeighboursJoined(sentences, names, 1, join);
    }

    /** Joins each two names with {@code gap} tokens between them where {@code join} gives them a type. */
    static List<Span[]> withNeighboursJoined(
            List<String[]> sentences, List<Span[]> names, int gap, NeighbourJoin join) {
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            List<Span> spans = new ArrayList<>(Arrays.asList(names.get(s)));
            for (int i = 0; i + 1 < spans.size(); i++) {
                Span first = spans.get(i);
                Span second = spans.get(i + 1);
                String type = second.getStart() == first.getEnd() + gap ? join.typeOf(tokens, first, second) : null;
                if (type != null) {
                    spans.set(i, new Span(first.getStart(), second.getEnd(), type, first.getProb()));
                    spans.remove(i + 1);
                    i--; // the joined name may join the next one too
                }
            }
            result.add(spans.toArray(Span[]::new));
        }
        return result;
    }

    static boolean isAcronym(String token) {
        return token.length() >= 2 && token.length() <= 4 && token.chars().allMatch(Character::isUpperCase);
    }

    /** A family name with its article or particle, written in lower case: "al-Rashid", "el-Sisi", "bin-Salman". */
    static final Pattern ARABIC_FAMILY_NAME = Pattern.compile("(?:al|el|bin|ibn|abu)-\\p{Lu}[\\p{L}'’-]*");

    /** Small words a title in quotes may hold in lower case: "Return of the Legend", "Ice Cold in Alex". */
    static final Set<String> TITLE_SMALL_WORDS =
            Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "&", "'s");

    /** A headline's sentence, all in capitals, where every word looks like a name's. */
    static boolean allCapitals(String[] tokens) {
        return Arrays.stream(tokens).allMatch(token -> token.codePoints().noneMatch(Character::isLowerCase))
                && Arrays.stream(tokens).anyMatch(token -> token.codePoints().anyMatch(Character::isUpperCase));
    }

    static boolean isHeadWord(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return ORGANIZATION_HEADS.contains(word) || LOCATION_HEADS.contains(word);
    }

    static boolean isApostrophe(String token) {
        return token.equals("'") || token.equals("’");
    }

    /**
     * Places that field teams as countries do, which the gazetteers' country list leaves out: the nations of the UK,
     * and the continents ("Europe" in the Ryder Cup), which politics speaks of too ("a voice against Europe").
     */
    static final Set<String> NATIONS_NOT_COUNTRIES = Set.of(
            "england",
            "scotland",
            "wales",
            "northern ireland",
            "republic of ireland",
            "great britain",
            "europe",
            "asia",
            "africa",
            "america",
            "americas",
            "north america",
            "south america",
            "latin america",
            "oceania",
            "antarctica");

    static String upperCase(String[] tokens, int start, int end) {
        return text(tokens, start, end).toUpperCase(Locale.ROOT);
    }

    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    /** Whether the word names a month, in any case ("May", "SEPTEMBER"). */
    static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    static String text(String[] tokens, int start, int end) {
        return String.join(" ", Arrays.asList(tokens).subList(start, end));
    }
}
