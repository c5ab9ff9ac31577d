package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's mentions into one entity per referent, with its aliases, mention count and salience.
 *
 * <ul>
 *   <li>Honorifics and possessives go: "Mr. Putin" and "Putin's" are "Putin"; a mention with an honorific ("Lord
 *       Alli") votes for a person.
 *   <li>Weekdays, pronouns and words that are capitalized only because they start a sentence ("Following",
 *       "Rather") are never entities.
 *   <li>Well-known alternative names of countries and bodies are one entity: "US", "U.S.", "USA", "America" are
 *       the LOCATION "United States".
 *   <li>An acronym introduced in parentheses, "Department of Government Efficiency (DOGE)", names the same
 *       entity as the words before it, when its letters are their initials or the words end in an organization's
 *       head word ("Disaster and Emergency Management Authority (AFAD)"). Without parentheses, an acronym is the one
 *       name of several words in the article (not a person's or a nationality's) whose capitalised words' initials
 *       spell it exactly ("UAW", "United Auto Workers").
 *   <li>The last name, or last names, or the first name of exactly one full person name in the article ("Rubio" of
 *       "Marco Rubio", "Valente Lobo" of "Beatriz Valente Lobo", "Jannik" of "Jannik Sinner") is that person, and
 *       counts as a person's mention. A full name whose first name alone was taken for a person is a person's name
 *       even where the model typed it otherwise.
 *   <li>A company's legal form is not part of its key: "Siemens AG" and "Siemens" are one entity, named by the
 *       longest form, and so is a newspaper's "The" ("The Times" and "Times"). A leading "The" goes when two or more
 *       words follow it ("The World Health Organization").
 *   <li>The first or last words of exactly one organization's name ("Brightway" of "Brightway Logistics", "Celtics"
 *       of "Boston Celtics", "Allied Workers Union" of "Distribution and Allied Workers Union") are that
 *       organization, unless the short form was taken for a place or a misc name ("Japan" of "Japan Aerospace
 *       Exploration Agency", "European" of "European Commission"); "Telegraph" beside "Telegraph Group" and "Daily
 *       Telegraph" stays apart.
 *   <li>A name the text calls someone by role, "Sofia Marchetti, an analyst at ..." or "Interior Minister Ali
 *       Yerlikaya", counts one person's vote for each such place, whatever the model made of it; a name given as
 *       someone's employer ("an analyst at Jefferies"), a company in apposition ("Kellanova, the company behind
 *       Pringles") or what shares are of ("shares of Kellanova"), one organization's vote, and two such places make it
 *       an organization whatever the model made of it, unless the text also gives it a person's role.
 *   <li>The kind of each entity is the one most of its mentions were given (a tie goes to person, then
 *       organization, location, misc).
 * </ul>
 *
 * <p>The canonical name is the longest form (or the well-known name); salience mixes how often the entity is
 * named with how early it is first named. Entities come most salient first.
 */
final class EntityConsolidation {

    private static final Pattern HONORIFIC =
            Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Sen|Rep|Gov|Capt|Col)\\.?\\s+");
    /** An honorific before a capitalised word: "Lord" of "Lord Alli", not of "Lord of the Rings". */
    private static final Pattern HONORIFIC_BEFORE_NAME = Pattern.compile(HONORIFIC.pattern() + "(?=\\p{Lu})");
    /** An honorific and one to three capitalised words: "Lord Alli", "Mr. John Smith"; not "Lord of the Rings". */
    private static final Pattern TITLED_NAME =
            Pattern.compile(HONORIFIC.pattern() + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** Names that end in a possessive of their own: "Moody's" is no possession of a Moody. */
    private static final Set<String> NAMES_WITH_POSSESSIVES = Set.of(
            "Moody's",
            "McDonald's",
            "Sainsbury's",
            "Lloyd's",
            "Macy's",
            "Kellogg's",
            "Sotheby's",
            "Christie's",
            "Domino's",
            "Wendy's",
            "Hershey's",
            "Kohl's",
            "Lowe's",
            "Dillard's",
            "Trader Joe's",
            "Ben & Jerry's",
            "Standard & Poor's",
            "Lord's");

    /** "Kenya's Ruth Wanjala Kiprop"; not "Women's Tennis Association", whose possessive is part of the name. */
    private static final Pattern POSSESSOR_BEFORE_NAME = Pattern.compile(
            "^(?!(?:Women|Men|People|Children)['’]s\\s)\\p{Lu}[\\p{L}-]+['’]s\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})$");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’&&[^.]]+$");
    /**
     * A name and what it is called for short, in parentheses: "Department of Government Efficiency (DOGE)", "Federation
     * Internationale de l'Automobile (FIA)", "Indonesian Agency for Meteorology, Climatology and Geophysics (BMKG)",
     * "National Search and Rescue Agency (Basarnas)". Group 1 is the name, group 2 the short form.
     */
    private static final Pattern ACRONYM_INTRODUCED =
            Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{N}_&'’.-]*)(?:,?\\s+(?:of|and|for|the|on"
                    + "|in|de|du|des|del|di|&|(?:[ld]['’])?\\p{Lu}[\\p{L}\\p{N}_&'’.-]*)){0,12})\\s+"
                    + "\\(([A-Z][A-Za-z0-9&.]{1,11})\\)");
    /** News agencies named in parentheses after a dateline or a quotation: never an organization's short name. */
    private static final Set<String> NEWS_AGENCIES = Set.of(
            "Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "ANSA", "EFE", "Tass", "PA", "UPI");

    private static final Set<String> NEVER = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "i",
            "he",
            "she",
            "it",
            "we",
            "they",
            "you",
            "him",
            "her",
            "them",
            "us",
            "his",
            "hers",
            "its",
            "our",
            "their",
            "my",
            "your",
            // abbreviations and words that are capitalised before a number: "No. 1", "Category 3", "0117 GMT"
            "no",
            "no.",
            "category",
            "gmt",
            "utc",
            "kc",
            "qc",
            "mp",
            "mep",
            "exchequer",
            "series", // "Series C", a funding round
            "rs", // "Rs 200,000", rupees
            "celsius",
            "fahrenheit",
            // common nouns written in capitals: "an IPO", "AI chips"
            "ipo",
            "mvp",
            "ai",
            "ceo",
            "gdp",
            // devices and media, not their makers: "PCs", "TV", "DVD", "ID cards", "SMS" (BBC News: 190 such entities)
            "tv",
            "pc",
            "pcs",
            "dvd",
            "dvds",
            "cd",
            "cds",
            "id",
            "sms",
            "mms",
            "mp3",
            "gps",
            "pda",
            "pdas");
    /** Holidays are times, never places or organizations ("the busy Christmas period"); a person may be named so. */
    private static final Set<String> HOLIDAYS = Set.of(
            "christmas",
            "christmas day",
            "christmas eve",
            "boxing day",
            "new year",
            "new year's day",
            "new year's eve",
            "easter",
            "thanksgiving",
            "halloween",
            "ramadan",
            "hanukkah",
            "diwali",
            "passover");

    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "following",
            "rather",
            "however",
            "meanwhile",
            "indeed",
            "yet",
            "but",
            "and",
            "the",
            "this",
            "that",
            "these",
            "those",
            "in",
            "on",
            "at",
            "after",
            "before",
            "while",
            "although",
            "since",
            "as",
            "when",
            "if",
            "ahead",
            "under",
            "over",
            "according",
            "despite",
            "instead",
            "still",
            "now",
            "then",
            "there",
            "here",
            "thus",
            "also",
            "even",
            "only",
            "all",
            "both",
            "such",
            "many",
            "some",
            "most",
            "no",
            "not",
            "what",
            "whatever",
            "whether",
            "once",
            "until",
            "during",
            "because",
            "so",
            "for",
            "with",
            "without",
            "among");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            ",?\\s+(?:AG|SE|SA|S\\.A\\.|NV|N\\.V\\.|plc|PLC|Inc|Inc\\.|Corp|Corp\\.|Co|Co\\.|Ltd|Ltd\\.|LLC|GmbH|Limited"
                    + "|Corporation)$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:The|the)\\s+(?=\\S+\\s+\\S)");
    /**
     * What news calls people by: "an analyst at", "Interior Minister", "chief executive"; as a regex alternation grouped
     * by first letter ({@link #alternation}), which the regex engine tries at every word of the body.
     */
    private static final String ROLE = alternation(List.of(
            "analyst",
            "economist",
            "strategist",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "president",
            "chairman",
            "chairwoman",
            "chair",
            "director",
            "executive",
            "officer",
            "chief",
            "professor",
            "researcher",
            "scientist",
            "lawyer",
            "attorney",
            "prosecutor",
            "judge",
            "teacher",
            "farmer",
            "resident",
            "official",
            "adviser",
            "advisor",
            "secretary",
            "mayor",
            "governor",
            "senator",
            "lawmaker",
            "manager",
            "coach",
            "captain",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "player",
            "author",
            "writer",
            "novelist",
            "founder",
            "ceo",
            "doctor",
            "nurse",
            "engineer",
            "leader",
            "commander",
            "student",
            "worker",
            "owner",
            "editor",
            "critic",
            "actor",
            "actress",
            "singer",
            "filmmaker",
            "historian",
            "activist",
            "volunteer",
            "peer",
            "chancellor",
            "MP",
            "wife",
            "husband",
            "son",
            "daughter",
            "brother",
            "sister",
            "mother",
            "father",
            "widow"));

    /**
     * A capitalised word ("O'Neill"), or an initial or short abbreviation with its period ("R.", "Jr."); never a
     * sentence's end nor a possessive, which ends the name ("Matilde Soares's National Unity Party").
     */
    private static final String CAPITALISED_WORD =
            "(?:\\p{Lu}\\p{L}?\\.|\\p{Lu}[\\p{L}-]*(?:['’](?!s\\b)\\p{L}[\\p{L}-]*)?)";
    /** A run of capitalised words, the name a role is given to; bounded, so that a page in capitals cannot overflow. */
    private static final String CAPITALISED_WORDS = CAPITALISED_WORD + "(?:\\s+" + CAPITALISED_WORD + "){0,5}";
    /** "Interior Minister Ali Yerlikaya", "his wife, Victoria": the name after a role. */
    private static final Pattern NAME_AFTER_ROLE =
            Pattern.compile("(?i:\\b" + ROLE + "),?\\s+(" + CAPITALISED_WORDS + ")");
    /**
     * A name a phrase is put in apposition to, as group 1: it starts with a capital (asked first, so that the
     * look-behind runs only there), and neither follows nor is a preposition ("In Washington, the ..." is no apposition).
     */
    private static final String APPOSED_NAME = "(?=\\p{Lu})(?<!\\b(?i:in|at|from|to|of|on|for|by|near|across|with)\\s)"
            + "(?!(?:In|At|From|To|Of|On|For|By|Near|Across|With|The|And|But)\\s)(" + CAPITALISED_WORDS + ")";

    /**
     * "Sofia Marchetti, an analyst at": the name before a role in apposition ("In Washington, the ..." is not, nor is
     * "travel to Northern Ireland, his spokesman said", where the role is who speaks). It starts with a capital, asked
     * first so that the look-behind runs only there.
     */
    private static final Pattern NAME_BEFORE_ROLE = Pattern.compile(APPOSED_NAME
            + ",\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?i:" + ROLE + ")\\b"
            + "(?!\\s+(?:said|says|told|tells|added|adds|wrote|writes)\\b)");

    /** A Korean given name as news writes it, after the family name: "Jae-won", "Min-jun". */
    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,4}");

    /** The commonest Chinese family names in pinyin, leaving out those that open English names too ("Long", "He"). */
    private static final Set<String> CHINESE_FAMILY_NAMES = Set.of(
            "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
            "Guo", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
            "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
            "Ren", "Shen", "Yao", "Cui", "Zhong", "Jia", "Xia", "Fu", "Fang", "Zou", "Meng", "Xiong", "Qin", "Qiu",
            "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Shao", "Qian", "Kong", "Mao", "Xi", "Hao", "Bai", "Wen");
    /** A given name of one or two pinyin syllables: "Yiming", "Jianguo", "Wei"; not "Rainey" or "Pollard". */
    private static final Pattern PINYIN_GIVEN_NAME = Pattern.compile("(?i)(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i"
            + "|u)){1,2}");

    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** Alternative names of the referents news names most, with the name and kind they are consolidated to. */
    private static final Map<String, Canonical> WELL_KNOWN = new HashMap<>();

    private record Canonical(String name, EntityType type) {}

    static {
        known(
                "United States",
                EntityType.LOCATION,
                "US",
                "U.S.",
                "U.S",
                "USA",
                "U.S.A.",
                "America",
                "United States of America",
                "the United States");
        known("United Kingdom", EntityType.LOCATION, "UK", "U.K.", "Britain", "Great Britain");
        known("European Union", EntityType.ORGANIZATION, "EU", "E.U.");
        known("United Nations", EntityType.ORGANIZATION, "UN", "U.N.");
        known("Russia", EntityType.LOCATION, "Russian Federation");
        known("China", EntityType.LOCATION, "People's Republic of China", "PRC");
        // news agencies, whatever the model makes of "ACCRA (AFP)"; not "Bloomberg", a person too, nor "PA", a state
        for (String agency : List.of("Reuters", "Xinhua", "Kyodo", "Yonhap", "ANSA", "EFE", "UPI")) {
            known(agency, EntityType.ORGANIZATION);
        }
        // "(AP)" in the dateline, "the Associated Press reported" in the text: one agency
        known("Associated Press", EntityType.ORGANIZATION, "AP", "The Associated Press");
        known("Agence France-Presse", EntityType.ORGANIZATION, "AFP", "Agence France Presse");
    }

    private static void known(String name, EntityType type, String... aliases) {
        Canonical canonical = new Canonical(name, type);
        WELL_KNOWN.put(name, canonical);
        for (String alias : aliases) {
            WELL_KNOWN.put(alias, canonical);
        }
    }

    private EntityConsolidation() {}

    static List<Entity> consolidate(List<Mention> mentions, String body, int sentences) {
        Map<String, String> acronyms = acronymsIntroducedIn(body);
        Set<String> commonNouns = new HashSet<>(commonNounAcronymsIn(body));
        commonNouns.addAll(numberedWordsIn(body));
        Set<String> namedInside = wordsOfNamesInsideSentences(mentions);
        commonNouns.addAll(capitalisedOnlyToOpenSentences(mentions, namedInside, body));

        Map<String, Group> groups = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String surface = isName(mention.type())
                    ? clean(mention.text())
                    : mention.text().strip();
            if (mention.type() != EntityType.PERSON && NAMES_WITH_POSSESSIVES.contains(surface + "'s")) {
                surface += "'s"; // "Macy" of "Macy said" is the "Macy's" named before, not a person
            }
            if (surface.isEmpty() || isNever(surface, mention, namedInside) || commonNouns.contains(surface)) {
                continue;
            }
            Canonical known = WELL_KNOWN.get(surface);
            String key = known != null ? known.name() : acronyms.getOrDefault(surface, plainName(surface));
            for (String fullName : acronyms.values()) {
                if (key.endsWith(" " + fullName)) {
                    key = fullName; // "Elon Musk's Department of Government Efficiency" names the department
                }
            }
            Group group = groups.computeIfAbsent(key, k -> new Group(k, known == null ? null : known.type()));
            // "Mr. Smith", "Lord Alli": a title makes a person, whatever the model made of the name
            boolean titled = isName(mention.type())
                    && mention.type() != EntityType.MISC
                    && TITLED_NAME.matcher(mention.text().strip()).matches();
            group.add(mention, surface, titled ? EntityType.PERSON : mention.type());
        }
        acronyms.forEach((acronym, fullName) -> {
            Group group = groups.get(fullName);
            int uses = countWord(body, acronym);
            boolean acronymKnown = groups.values().stream().anyMatch(other -> other.surfaces.contains(acronym));
            if (group == null && !acronymKnown && fullName.contains(" ") && hasOrganizationHead(fullName)) {
                // "Saudi Arabia's Public Investment Fund (PIF)", which the name finder missed: the text names an
                // organization and gives its acronym, so it is one
                Group named = new Group(fullName, null);
                named.addUses(fullName, countWord(body, fullName));
                named.votes.put(EntityType.ORGANIZATION, 1);
                groups.put(fullName, named);
                group = named;
            }
            if (group != null && uses > 0 && !group.surfaces.contains(acronym)) {
                group.addUses(acronym, uses);
            }
        });
        absorbFragmentsOfIntroducedNames(groups, acronyms, body);
        addUntaggedAcronyms(groups, body);
        Map<String, Integer> roles = rolesIn(body);
        groups.values().forEach(group -> group.addRoleVotes(roles));
        Map<String, Integer> organizationCues = organizationCuesIn(body);
        Map<String, Integer> apposedKinds = namesIn(body, List.of(COMPANY_BEFORE_KIND), false);
        Map<String, Integer> organizationKinds = organizationKindsIn(body, apposedKinds);
        Map<String, Integer> placeKinds = placeKindsIn(body);
        Map<String, Integer> basedIn = namesIn(body, List.of(BASED_IN), false);
        groups.values().forEach(group -> group.addCues(organizationCues, organizationKinds, placeKinds));
        groups.values().forEach(group -> group.apposedKinds = group.countIn(apposedKinds));
        Map<String, Integer> clubs = namesIn(body, List.of(CLUB_BEFORE_COACH), false);
        groups.values().stream()
                .filter(group -> !group.votes.containsKey(EntityType.LOCATION)
                        && !NATIONALITY_LIKE.matcher(group.key).matches())
                .forEach(group -> group.addCues(Map.of(), clubs, Map.of()));
        // "a Leeds-based lender", for a name the model took for a place at least once: software is "Linux-based" too
        groups.values().stream()
                .filter(group -> group.votes.containsKey(EntityType.LOCATION))
                .forEach(group -> group.addCues(Map.of(), Map.of(), basedIn));
        Map<String, Integer> companyDoings = namesIn(body, List.of(COMPANY_DOINGS), false);
        groups.values().stream()
                .filter(group -> group.type() != EntityType.LOCATION && group.type() != EntityType.MISC)
                .forEach(group -> group.addCues(companyDoings, Map.of(), Map.of()));
        Map<String, Integer> storms = namesIn(body, List.of(STORM_NAMED), false);
        groups.values().forEach(group -> group.storm = group.surfaces.stream().anyMatch(storms::containsKey));
        mergeShoutedIntoWritten(groups);
        mergeLastNamesIntoFullNames(groups, body);
        mergeAcronymsIntoTheirNames(groups);
        mergeShortFormsIntoOrganizations(groups, acronyms);
        mergeShortFormsIntoVenuesAndEvents(groups);
        mergePlacesIntoTheirClubs(groups);

        int mostMentions =
                groups.values().stream().mapToInt(g -> g.mentions).max().orElse(1);
        List<Entity> entities = new ArrayList<>();
        for (Group group : groups.values()) {
            entities.add(group.toEntity(mostMentions, Math.max(1, sentences)));
        }
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::name));
        return entities;
    }

    private static boolean isName(EntityType type) {
        return type == EntityType.PERSON
                || type == EntityType.ORGANIZATION
                || type == EntityType.LOCATION
                || type == EntityType.MISC;
    }

    /** A dateline's "BOLOGNA" is the "Bologna" of the text. */
    private static void mergeShoutedIntoWritten(Map<String, Group> groups) {
        List<String> merged = new ArrayList<>();
        for (Group group : groups.values()) {
            boolean place = group.type() == EntityType.LOCATION;
            if ((group.key.length() > 4 || place) && group.key.equals(group.key.toUpperCase(Locale.ROOT))) {
                groups.values().stream()
                        .filter(other -> other != group && other.key.equalsIgnoreCase(group.key))
                        .findFirst()
                        .ifPresent(written -> {
                            written.absorbAs(group, null);
                            merged.add(group.key);
                        });
            }
        }
        merged.forEach(groups::remove);
    }

    /**
     * The name without what may be left out of it: "Siemens" of "Siemens AG", "Times" of "The Times" (the tagger names
     * newspapers with their "The", as CoNLL does; "the Times reported" names the same paper). The entity is named by its
     * longest form.
     */
    private static String plainName(String surface) {
        return NEWSPAPER_THE
                .matcher(LEGAL_FORM.matcher(surface).replaceFirst(""))
                .replaceFirst("");
    }

    private static final Pattern NEWSPAPER_THE =
            Pattern.compile("^The\\s+(?=(?:" + String.join("|", NameSpans.NEWSPAPER_TITLES) + ")$)");

    private static String clean(String text) {
        String surface = text.strip();
        surface = HONORIFIC_BEFORE_NAME.matcher(surface).replaceFirst("");
        Matcher possessor = POSSESSOR_BEFORE_NAME.matcher(surface);
        if (possessor.matches()) {
            surface = possessor.group(1); // "Kenya's Ruth Wanjala Kiprop" is Ruth Wanjala Kiprop
        }
        surface = EDGE_PUNCTUATION.matcher(surface).replaceAll("");
        if (!NAMES_WITH_POSSESSIVES.contains(surface.replace('’', '\''))) {
            surface = POSSESSIVE.matcher(surface).replaceFirst("");
        }
        surface = LEADING_THE.matcher(surface).replaceFirst("");
        surface = POST_NOMINALS.matcher(surface).replaceFirst("");
        return surface.strip();
    }

    /**
     * Letters after a person's name of two words or more: "Alison Morgan KC" is Alison Morgan; not "MP", which follows
     * a party's or a seat's name as often ("Plaid Cymru MP").
     */
    private static final Pattern POST_NOMINALS =
            Pattern.compile("(?<=\\p{L}\\s\\p{Lu}[\\p{L}'’-]{1,30})\\s+(?:KC|QC|OBE|MBE|CBE|KBE)$");

    private static boolean isNever(String surface, Mention mention, Set<String> namedInside) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (isName(mention.type()) && surface.codePointCount(0, surface.length()) == 1) {
            return true; // "A" of "A$4.15 million", "C" of "Category C": no name is one letter
        }
        // "US" is the country, "us" or "Us" the pronoun
        boolean country = surface.equals("US");
        if (NEVER.contains(lower) && mention.type() != EntityType.DATE && !country) {
            return true;
        }
        if (HOLIDAYS.contains(lower) && mention.type() != EntityType.PERSON) {
            return true;
        }
        if (NameSpans.isMonth(surface) && isName(mention.type()) && mention.type() != EntityType.PERSON) {
            return true; // "September" an organization: a month is a date ("May", a person, may be named so)
        }
        boolean oneWord = !surface.contains(" ");
        // "Following", "Rather": but not "Boeing" or "Italy", which the text names inside a sentence too
        return mention.sentenceInitial()
                && oneWord
                && (SENTENCE_STARTERS.contains(lower)
                        || (lower.endsWith("ing") || lower.endsWith("ly")) && !namedInside.contains(surface));
    }

    /** The words of the names found inside sentences, or of more than one word: what the text surely calls a name. */
    private static Set<String> wordsOfNamesInsideSentences(List<Mention> mentions) {
        Set<String> words = new HashSet<>();
        for (Mention mention : mentions) {
            String surface = mention.text().strip();
            if (isName(mention.type()) && (!mention.sentenceInitial() || surface.contains(" "))) {
                words.addAll(List.of(surface.split("\\s+")));
            }
        }
        return words;
    }

    /**
     * "Ash is a real danger", "Water surged down the valley": one-word names found only where they open a sentence, the
     * words the body also writes in lower case ("volcanic ash"), and no longer name holds. Capitals there prove nothing,
     * and the lower-case use says the word is a common one.
     */
    private static Set<String> capitalisedOnlyToOpenSentences(
            List<Mention> mentions, Set<String> namedInside, String body) {
        Set<String> opening = new HashSet<>();
        for (Mention mention : mentions) {
            String surface = mention.text().strip();
            if (isName(mention.type()) && mention.sentenceInitial() && !surface.contains(" ")) {
                opening.add(surface);
            }
        }
        opening.removeIf(word -> namedInside.contains(word)
                || word.length() < 2
                || !Character.isUpperCase(word.charAt(0))
                || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                || countWord(body, word.toLowerCase(Locale.ROOT)) == 0);
        return opening;
    }

    /**
     * A non-capturing regex alternation of the words, grouped by their first letter ("(?:c(?:hairman|hair|hief)|...)"),
     * so that at each position the engine tries only the words starting with its letter; within a letter the words
     * keep their order, so it matches what the flat alternation matches. The first letters are written lower-case:
     * use it inside {@code (?i:...)}, or outside only for words all in lower case, to match them only so.
     */
    static String alternation(List<String> words) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String word : words) {
            byFirst.computeIfAbsent(Character.toLowerCase(word.charAt(0)), c -> new ArrayList<>())
                    .add(word.substring(1));
        }
        StringBuilder regex = new StringBuilder("(?:");
        byFirst.forEach((first, rests) -> regex.append(regex.length() > 3 ? "|" : "")
                .append(first)
                .append("(?:")
                .append(String.join("|", rests))
                .append(')'));
        return regex.append(')').toString();
    }

    /**
     * The capitalised names the body gives a role ("Interior Minister Ali Yerlikaya", "Sofia Marchetti, an analyst
     * at"), each with how often; in one pass over the body, as the names' own patterns would cost one pass each.
     */
    private static Map<String, Integer> rolesIn(String body) {
        // a final period is a sentence's end or part of "Jr.": both may be the name
        return namesIn(body, List.of(NAME_AFTER_ROLE, NAME_BEFORE_ROLE), true);
    }

    private static final Pattern OPENING_ARTICLE = Pattern.compile("^(?:A|An|The)\\s+(?=\\p{Lu})");

    /**
     * The names the patterns capture as group 1 in the body, each with how often; a name's final period goes, and
     * the name with it is counted too when {@code alsoWithPeriod}.
     */
    private static Map<String, Integer> namesIn(String body, List<Pattern> patterns, boolean alsoWithPeriod) {
        Map<String, Integer> names = new HashMap<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(body);
            while (matcher.find()) {
                // a sentence's article is capitalised too: "A Leeds-based lender" speaks of Leeds
                String name = OPENING_ARTICLE.matcher(matcher.group(1)).replaceFirst("");
                boolean period = name.endsWith(".");
                if (!period || alsoWithPeriod) {
                    names.merge(name, 1, Integer::sum);
                }
                if (period) {
                    names.merge(name.substring(0, name.length() - 1), 1, Integer::sum);
                }
            }
        }
        return names;
    }

    /**
     * "an analyst at Jefferies", "chief economist with the Brookings Institution": the employer after a job; not a place
     * before the word for a site ("at London airport").
     */
    private static final Pattern EMPLOYER_AFTER_JOB = Pattern.compile("(?i:\\b"
            + alternation(List.of(
                    "analyst",
                    "economist",
                    "strategist",
                    "researcher",
                    "professor",
                    "scientist",
                    "lawyer",
                    "engineer",
                    "trader",
                    "banker"))
            + "s?)\\s+(?:at|with)\\s+(?:the\\s+)?((?>" + CAPITALISED_WORDS + "))\\b"
            // a place's name before the word for a site is where someone works, not for whom: "at London airport"
            // (the name is taken whole, atomic, so that "at London Heathrow airport" cannot give back "London")
            + "(?!\\s+(?:airport|station|office|offices|headquarters|campus|plant|factory|branch|hospital|port"
            + "|stadium|bureau|site|base)\\b)");

    /**
     * What news calls an organization when it says what kind of one a name is, as a regex alternation of lower-case
     * words, used case-sensitively ("the Child Support Agency Doug Smith" says nothing of Doug Smith). Words that name
     * a person's trade too ("maker", "broadcaster", "publisher") are {@link #ORGANIZATION_OR_TRADE_KINDS}.
     */
    private static final String ORGANIZATION_KINDS = alternation(List.of(
            "company",
            "firm",
            "group",
            "carmaker",
            "automaker",
            "chipmaker",
            "drugmaker",
            "steelmaker",
            "planemaker",
            "manufacturer",
            "retailer",
            "bank",
            "lender",
            "insurer",
            "airline",
            "chain",
            "startup",
            "start-up",
            "fintech",
            "conglomerate",
            "utility",
            "consultancy",
            "agency",
            "authority",
            "regulator",
            "watchdog",
            "association",
            "federation",
            "union",
            "charity",
            "organisation",
            "organization",
            "supermarket",
            "consortium",
            "studio",
            "label"));
    /** Kinds of company that are also a person's trade ("a senior broadcaster with the CBS network"). */
    private static final String ORGANIZATION_OR_TRADE_KINDS = alternation(
            List.of("maker", "giant", "broadcaster", "brewer", "miner", "publisher", "operator", "distributor"));
    /** The kind ends the phrase that says what the name is, or a preposition or verb follows it. */
    private static final String KIND_ENDS =
            "(?=[,.;:)!?]|$|\\s+(?:that|which|whose|who|of|in|at|on|for|from|with|behind"
                    + "|based|owned|run|known|and|or|to|since|said|says|has|had|is|was|will|would)\\b)";
    /** A name in apposition, then an article and up to three words, none an article or a preposition. */
    private static final String APPOSED_NAME_THEN_KIND = APPOSED_NAME
            + ",\\s+(?:a|an|the)\\s+(?:(?!(?:of|the|a|an|to|for|with|in|at|on|by|from)\\s)[\\p{L}.-]+\\s+){0,3}?";

    /**
     * "Kellanova, the company behind Pringles", "Anglo-American, the international mining company": a company in
     * apposition; the words before the kind are its qualifiers, no preposition or article ("Smith, a member of the
     * group" is none), and the kind ends the phrase ("Smith, a union leader" is a person).
     */
    private static final Pattern COMPANY_BEFORE_KIND =
            Pattern.compile(APPOSED_NAME_THEN_KIND + ORGANIZATION_KINDS + KIND_ENDS);
    /** "Mars, the family-owned maker of M&M's": as {@link #COMPANY_BEFORE_KIND}, a kind a person's trade may be. */
    private static final Pattern COMPANY_BEFORE_TRADE =
            Pattern.compile(APPOSED_NAME_THEN_KIND + ORGANIZATION_OR_TRADE_KINDS + KIND_ENDS);

    /**
     * "the agricultural consultancy Olivar Insights", "the regional transport authority Rhône Mobilités": a name right
     * after the kind of organization it is and up to three lower-case words describing it ("the CGA consultancy
     * Jeanne-Marie Gescher" names the consultancy CGA and its founder).
     */
    private static final Pattern KIND_BEFORE_COMPANY =
            Pattern.compile("\\b(?:the|a|an)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}?" + ORGANIZATION_KINDS + "\\s+("
                    + CAPITALISED_WORDS + ")");

    /**
     * "the capital, Castelmar", "the town of Huamachuco": a name after the kind of place it is; "Castelmar, the
     * capital": before it.
     */
    private static final Pattern KIND_OF_PLACE = Pattern.compile("\\b(?:the\\s+(?:(?:capital|city|town|village|port|"
            + "province|region|state|county|district|island|municipality|commune|suburb)\\s+of\\s+|capital,?\\s+)"
            + "|[Mm]ayor\\s+of\\s+)(" // "the former mayor of Providencia"
            + CAPITALISED_WORDS + ")");

    private static final Pattern PLACE_BEFORE_KIND = Pattern.compile(APPOSED_NAME
            + ",\\s+the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:capital|city|town|village|port)"
            + "(?=[,.;:)!?]|$|\\s+(?:of|in|on|and|where|which|that)\\b)"); // not "the venture capital arm"

    /** "shares of Kellanova" (not "shares of Europe's biggest ..."; "shares in London" are traded there). */
    private static final Pattern SHARES_OF =
            Pattern.compile("\\b[Ss]hares\\s+of\\s+(" + CAPITALISED_WORDS + ")\\b(?!['’])");

    /**
     * "Stellantis shares fell 2.4%", "Stellantis, which also owns the Chrysler brand": what a company does, which a
     * market's place or people does too ("London shares fell", "Irish shares rose", "Brazil, which owns ..."), so a cue
     * only for a name the model took for a person or an organization most often.
     */
    private static final Pattern COMPANY_DOINGS =
            Pattern.compile("(?<![\\p{L}'’])(" + CAPITALISED_WORDS + ")(?:\\s+shares"
                    + "\\s+(?:fell|rose|jumped|dropped|slipped|climbed|gained|slumped|tumbled|surged|plunged|soared|closed|were|have)"
                    + "|,\\s+which\\s+(?:also\\s+)?(?:owns|employs|sells|operates|manufactures|reported|posted|makes)"
                    + ")\\b");

    /**
     * "Nordvind's closing price", "Siemens' chief executive": what only a company has, owned by the name; not shares or
     * stock, which a place has too ("London's stock market"), nor a board ("Pakistan's board" runs its cricket).
     */
    private static final Pattern COMPANY_POSSESSIONS = Pattern.compile("(?<![\\p{L}'’])(" + CAPITALISED_WORDS
            + ")(?:['’]s|(?<=s)['’])\\s+(?i:"
            + alternation(List.of(
                    "shareholders",
                    "share price",
                    "chief executive",
                    "chief financial officer",
                    "closing price",
                    "market value",
                    "quarterly results",
                    "annual results"))
            + ")\\b");

    /**
     * The capitalised names the body speaks of as organizations, with how often: as someone's employer ({@link
     * #EMPLOYER_AFTER_JOB}), as a kind of company a person's trade may be ({@link #COMPANY_BEFORE_TRADE}), as what
     * shares are of ({@link #SHARES_OF}), or as the owner of a board, shares or a chief executive ({@link
     * #COMPANY_POSSESSIONS}).
     */
    private static Map<String, Integer> organizationCuesIn(String body) {
        return namesIn(body, List.of(EMPLOYER_AFTER_JOB, COMPANY_BEFORE_TRADE, SHARES_OF, COMPANY_POSSESSIONS), false);
    }

    /**
     * The capitalised names the body says are a kind of organization: those in apposition ({@link #COMPANY_BEFORE_KIND},
     * found by the caller) and those after the kind or before an employee.
     */
    private static Map<String, Integer> organizationKindsIn(String body, Map<String, Integer> apposed) {
        Map<String, Integer> kinds = namesIn(body, List.of(KIND_BEFORE_COMPANY, EMPLOYER_BEFORE_ANALYST), false);
        apposed.forEach((name, count) -> kinds.merge(name, count, Integer::sum));
        return kinds;
    }

    /**
     * "Jefferies analyst Simon Toennessen", "AEMET spokesman Ruben del Campo", "Williams driver Alexander Albon": an
     * employer before a named employee.
     */
    private static final Pattern EMPLOYER_BEFORE_ANALYST = Pattern.compile("(?<![\\p{L}'’])(" + CAPITALISED_WORDS
            + ")\\s+(?:analyst|economist|strategist|spokesman|spokeswoman|spokesperson|driver|chief\\s+executive"
            + "|chairman|chairwoman)\\s+\\p{Lu}");

    /**
     * "Vélez Sarsfield coach Gustavo Quinteros": a club before its coach or manager; counted only for a name never
     * taken for a place ("England coach Andy Robinson" coaches the country's team, which stays the country).
     */
    private static final Pattern CLUB_BEFORE_COACH =
            Pattern.compile("(?<![\\p{L}'’])(" + CAPITALISED_WORDS + ")\\s+(?:coach|manager|boss)\\s+\\p{Lu}");

    /** The capitalised names the body says are a kind of place ({@link #KIND_OF_PLACE}, {@link #PLACE_BEFORE_KIND}). */
    private static Map<String, Integer> placeKindsIn(String body) {
        Map<String, Integer> places = namesIn(
                body,
                List.of(KIND_OF_PLACE, PLACE_BEFORE_KIND, PLACE_BEFORE_WORD, PLACE_BY_BEARING, PLACE_WITH_MAYOR),
                false);
        Matcher listed = PLACES_LISTED.matcher(body);
        while (listed.find()) {
            for (String name : LIST_SEPARATOR.split(listed.group(1))) {
                places.merge(name.strip(), 1, Integer::sum);
            }
        }
        places.keySet().removeIf(name -> NATIONALITY_LIKE.matcher(name).matches()); // "the Kurdish region"
        return places;
    }

    /** "17 counties, including Pinellas, Hillsborough and Levy": the places a plural kind of place lists. */
    private static final Pattern PLACES_LISTED =
            Pattern.compile("\\b(?:counties|provinces|states|regions|districts|cities"
                    + "|towns|villages|islands|municipalities|prefectures|neighbourhoods|neighborhoods)\\s*,?\\s+(?:including"
                    + "|such\\s+as|like)\\s+((?:" + CAPITALISED_WORDS + ")(?:\\s*,\\s*(?:" + CAPITALISED_WORDS
                    + "))*(?:\\s*,?\\s+"
                    + "(?:and|or)\\s+(?:" + CAPITALISED_WORDS + "))?)");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");

    /** "Typhoon Pakhar": a storm's name, whatever the name finder made of it elsewhere ("Pakhar" alone a person). */
    private static final Pattern STORM_NAMED = Pattern.compile(
            "\\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\\s+Storm|Super\\s+Typhoon)\\s+(\\p{Lu}\\p{Ll}+)\\b");

    /** "a Leeds-based lender", "the Manila-based charity": where something is based is a place. */
    private static final Pattern BASED_IN = Pattern.compile("(?<![\\p{L}'’-])(" + CAPITALISED_WORDS + ")-based\\b");

    /** "north of Hinton", "30 km south-east of Edson": a place is where other places lie. */
    private static final Pattern PLACE_BY_BEARING = Pattern.compile("\\b(?:north|south|east|west|north-?east"
            + "|north-?west|south-?east|south-?west)\\s+of\\s+(" + CAPITALISED_WORDS + ")");
    /** "Hinton's mayor": a town's. */
    private static final Pattern PLACE_WITH_MAYOR =
            Pattern.compile("(?<![\\p{L}'’])(" + CAPITALISED_WORDS + ")['’]s\\s+(?:deputy\\s+)?mayor\\b");

    /** "the Battalgazi district", "Iceland's Reykjanes peninsula": a name before the kind of place it is. */
    private static final Pattern PLACE_BEFORE_WORD = Pattern.compile("(?:\\bthe\\s+|['’]s\\s+)(" + CAPITALISED_WORDS
            + ")\\s+(?:district|province|region|peninsula|municipality|neighbourhood|neighborhood|suburb|county)\\b");
    /** "European", "Italian", "Japanese", "Dutch": narrower than {@link #NATIONALITY_LIKE}, which takes "Jordan" too. */
    private static final Pattern NATIONALITY_ADJECTIVE = Pattern.compile(".*(?:ian|ean|can|ese|ish|ch|ic)");

    /** Names of peoples and their adjectives end so: "Kurdish", "Welsh", "Dutch", "Japanese", "Iranian", "Arabic". */
    private static final Pattern NATIONALITY_LIKE = Pattern.compile(".*(?:an|ese|sh|ch|ic|ine)");

    /**
     * Up to a sentence's end inside the words before an acronym: a word of four small letters or more and a period
     * ("Arequipa. "), not an abbreviation ("Cia. Vale Do Rio Doce", "Corp.").
     */
    private static final Pattern SENTENCE_BEFORE = Pattern.compile("^.*\\p{Ll}{4,}\\.\\s+");

    /** "Department of Government Efficiency (DOGE)": DOGE → Department of Government Efficiency. */
    private static Map<String, String> acronymsIntroducedIn(String body) {
        Map<String, String> acronyms = new HashMap<>();
        if (body.indexOf('(') < 0) {
            return acronyms; // the pattern needs a bracket
        }
        Matcher matcher = ACRONYM_INTRODUCED.matcher(body);
        while (matcher.find()) {
            String name = SENTENCE_BEFORE
                    .matcher(matcher.group(1))
                    .replaceFirst("") // "... of the city of Arequipa. Peru's Geophysical Institute"
                    .replaceFirst("^.*,\\s+(?=\\p{Ll})", "") // "Meanwhile, in Spain, the State Meteorological Agency"
                    .replaceFirst(
                            "^.*,\\s+\\p{Lu}[\\p{L}-]*['’]s\\s+", "") // "Palu, Indonesia's Meteorology ... Agency"
                    .replaceFirst("['’]s$", "") // "the New York Stock Exchange's (NYSE) rules"
                    .replaceFirst("^(?:The|the)\\s+", "")
                    .replaceFirst("^\\p{Lu}[\\p{L}-]*['’]s\\s+", ""); // "Turkey's Disaster and ... Authority"
            String acronym = matcher.group(2);
            if (NEWS_AGENCIES.contains(acronym)) {
                continue;
            }
            // a foreign body's acronym need not spell the English name: "... Management Authority (AFAD)",
            // "Indonesian Agency for Meteorology, Climatology and Geophysics (BMKG)"; an acronym written as a word
            // must spell it ("World Anti-Doping Agency (Wada)"), or "the Ministry of Health (Kenya)" would be Kenya
            boolean capitals = acronym.chars().filter(Character::isUpperCase).count() >= 2;
            if (initialsMatch(name, acronym)
                    || spelledBySyllables(name, acronym)
                    || capitals
                            && (hasOrganizationHead(name)
                                    || BODY_WORDS.contains(lastWord(name))
                                    || lettersInOrder(name, acronym))) {
                acronyms.put(acronym, shortestExpansion(name, acronym));
            }
        }
        return acronyms;
    }

    /** Lower-case words and the acronym after them: "authorised push payment (APP) fraud". */
    private static final Pattern COMMON_NOUN_ACRONYM =
            Pattern.compile("((?:\\b\\p{Ll}[\\p{L}-]*\\s+){1,6})\\(([A-Z]{2,6})s?\\)");

    /** Words that number a part of a series when a number follows ("Game 7", "Stage 12", "Round 3"). */
    private static final List<String> NUMBERED_WORDS = List.of("Game", "Stage", "Round", "Heat", "Leg", "Hole");

    /**
     * The {@link #NUMBERED_WORDS} the body writes only before a number: "Game 7" is no one, where "The Game", a
     * rapper, is someone.
     */
    private static Set<String> numberedWordsIn(String body) {
        Set<String> numbered = new HashSet<>();
        for (String word : NUMBERED_WORDS) {
            int uses = countWord(body, word);
            if (uses > 0 && uses == countMatches(body, Pattern.compile("\\b" + word + "\\s+\\d"))) {
                numbered.add(word);
            }
        }
        return numbered;
    }

    private static int countMatches(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Acronyms the body introduces for common nouns, "authorised push payment (APP)": never names. */
    private static Set<String> commonNounAcronymsIn(String body) {
        Set<String> acronyms = new java.util.HashSet<>();
        if (body.indexOf('(') < 0) {
            return acronyms; // the pattern needs a bracket, and tries six words before every lower-case word
        }
        Matcher matcher = COMMON_NOUN_ACRONYM.matcher(body);
        while (matcher.find()) {
            String[] words = matcher.group(1).strip().split("\\s+");
            String acronym = matcher.group(2);
            StringBuilder initials = new StringBuilder();
            for (int i = words.length - 1; i >= 0 && initials.length() < acronym.length(); i--) {
                if (!NOT_INITIALLED.contains(words[i])) {
                    initials.insert(0, Character.toUpperCase(words[i].charAt(0)));
                }
            }
            if (initials.toString().equals(acronym)) {
                acronyms.add(acronym); // "profitability and sustainability rules (PSR)"
            }
        }
        return acronyms;
    }

    private static int countWord(String text, String word) {
        if (!text.contains(word)) {
            return 0; // most words asked about are not there: no pattern to compile
        }
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The shortest tail of {@code name} whose initials spell the acronym: "Elon Musk's Department of ..." → "Department of ...". */
    private static String shortestExpansion(String name, String acronym) {
        String[] words = name.split("\\s+");
        String shortest = name;
        for (int start = 1; start < words.length; start++) {
            String tail = String.join(" ", List.of(words).subList(start, words.length));
            if (Character.isUpperCase(tail.charAt(0)) && initialsMatch(tail, acronym)) {
                shortest = tail;
            }
        }
        return shortest;
    }

    /**
     * Last words of bodies that the tagger's head words leave out (CoNLL calls federations misc) but whose acronyms
     * need not spell their English names: "German Weather Service (DWD)", "South American Football Confederation
     * (CONMEBOL)".
     */
    private static final Set<String> BODY_WORDS = Set.of(
            "Service",
            "Federation",
            "Confederation",
            "Exchange",
            "Union",
            "League",
            "Society",
            "Crescent",
            "Cross",
            // "the Indonesian Military (TNI)", an acronym of its own language's name
            "Military",
            "Army",
            "Navy",
            "Police");

    /**
     * Whether the acronym's letters occur in the name in order, the first opening it: "Korea Exchange (KRX)", "French
     * Tennis Federation (FFT)", "Pakistan Stock Exchange (PSX)", acronyms of names in another language or of
     * syllables.
     */
    private static boolean lettersInOrder(String name, String acronym) {
        String letters = name.toUpperCase(Locale.ROOT);
        if (acronym.isEmpty() || letters.isEmpty() || letters.charAt(0) != acronym.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 1; i < acronym.length(); i++) {
            at = letters.indexOf(acronym.charAt(i), at + 1);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "African Export-Import Bank (Afreximbank)", "Corporación de Fomento (Corfo)": a short form of four letters or
     * more made of the beginnings of the name's words, in order, the first word's at least two letters long; words may
     * be passed over.
     */
    static boolean spelledBySyllables(String name, String shortForm) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        String letters = shortForm.toLowerCase(Locale.ROOT);
        return letters.length() >= 4
                && words.length >= 2
                && letters.chars().allMatch(Character::isLetter)
                && spelledFrom(words, 0, letters, 0, true);
    }

    /** Whether {@code letters} from {@code at} are beginnings of {@code words} from {@code word} on, in order. */
    private static boolean spelledFrom(String[] words, int word, String letters, int at, boolean first) {
        if (at == letters.length()) {
            return true;
        }
        if (word == words.length || first && word > 0) {
            return false;
        }
        String w = words[word];
        for (int length = Math.min(w.length(), letters.length() - at); length >= (first ? 2 : 1); length--) {
            if (letters.startsWith(w.substring(0, length), at)
                    && spelledFrom(words, word + 1, letters, at + length, false)) {
                return true;
            }
        }
        return !first && spelledFrom(words, word + 1, letters, at, false);
    }

    /** Whether the acronym's letters appear, in order, among the name's initials (function words may be skipped). */
    private static boolean initialsMatch(String name, String acronym) {
        String capitals = acronym.replaceAll("[^A-Z]", "");
        // "Wada", "Elspa": an acronym written as a word spells with all its letters
        String letters = capitals.length() >= 2 ? capitals : acronym.toUpperCase(Locale.ROOT);
        int next = 0;
        for (String word : name.split("\\s+")) {
            // "U.S. Geological Survey (USGS)": an abbreviation gives each of its letters
            String initials = initialsOf(word);
            for (int i = 0; i < initials.length(); i++) {
                if (next < letters.length() && Character.toUpperCase(initials.charAt(i)) == letters.charAt(next)) {
                    next++;
                }
            }
        }
        return next == letters.length() && letters.length() >= 2;
    }

    /**
     * The letters a word may give an acronym: all of an abbreviation's ("U.S.", "BC" of "BC Wildfire Service
     * (BCWS)"), each capitalised part's of a hyphenated name ("Thompson-Nicola Regional District (TNRD)"), the first of
     * another word, after an elided article ("l'Automobile").
     */
    private static String initialsOf(String word) {
        if (DOTTED.matcher(word).matches() || ACRONYM.matcher(word).matches()) {
            return word.replace(".", "");
        }
        String[] parts = word.replaceFirst("^[ld]['’]", "").split("-");
        StringBuilder initials = new StringBuilder(parts[0].isEmpty() ? "" : parts[0].substring(0, 1));
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                initials.append(parts[i].charAt(0)); // not "Peer-to-peer (P2P)"
            }
        }
        return initials.toString();
    }

    /** Whether a word of the name makes it an organization's: "Indonesian Agency for Meteorology, ...". */
    private static boolean hasOrganizationHead(String name) {
        for (String word : name.split("[\\s,]+")) {
            if (NameSpans.isOrganizationHead(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Rubio" or "Valente Lobo" is the one person in the article whose full name ends with it. */
    private static void mergeLastNamesIntoFullNames(Map<String, Group> groups, String body) {
        List<Group> people = new ArrayList<>();
        for (Group group : groups.values()) {
            if (group.fixedType == null && group.key.contains(" ")) {
                Group firstName = groups.get(firstWord(group.key));
                // "Jannik" said alone: the full name is a person's, whatever the model made of it
                boolean calledByFirstName = firstName != null
                        && firstName.type() == EntityType.PERSON
                        && groups.keySet().stream()
                                        .filter(key -> key.startsWith(firstName.key + " "))
                                        .count()
                                == 1;
                // ... unless the model took it for an organization: companies bear their founders' names
                // and only when the last name is used alone too, or the full name was once taken for a person:
                // "Victoria Falls" and "Chelsea Flower Show" are not named after the "Victoria" or "Chelsea" nearby
                boolean personLike =
                        groups.containsKey(lastName(group.key)) || group.votes.getOrDefault(EntityType.PERSON, 0) > 0;
                // "Kenya's Faith Chebet ... Chebet said": a name of two words said once, whose last word alone is a
                // person's, is that person's full name whatever the model made of it ("Country's First Last" reads
                // like a company to it); not where the first word is a common word or a nationality ("Gambling Bill",
                // "European Elvis"), nor a name said twice or more ("Aston Villa ... Villa")
                Group lastNameAlone = groups.get(lastName(group.key));
                String first = firstWord(group.key);
                boolean calledByLastName = lastNameAlone != null
                        && lastNameAlone.type() == EntityType.PERSON
                        && group.mentions == 1
                        && group.key.split("\\s+").length == 2
                        && first.chars().allMatch(Character::isLetter)
                        && !NATIONALITY_ADJECTIVE.matcher(first).matches()
                        && countWord(body, first.toLowerCase(Locale.ROOT)) == 0
                        // "Bruce Willis ... Tears of the Sun Willis plays": the person already has a full name
                        && groups.values().stream()
                                .noneMatch(other -> other != group
                                        && other.type() == EntityType.PERSON
                                        && other.key.endsWith(" " + lastNameAlone.key));
                if (group.type() == EntityType.PERSON
                        || calledByLastName
                        || (calledByFirstName && personLike && group.type() != EntityType.ORGANIZATION)) {
                    people.add(group);
                }
            }
        }
        Map<Group, Group> into = new LinkedHashMap<>();
        for (Group group : groups.values()) {
            if (group.fixedType != null) {
                continue;
            }
            boolean oneWord = !group.key.contains(" ");
            List<Group> fuller = people.stream()
                    .filter(person -> person != group)
                    // a surname's particle is capitalised at a sentence's start: "Van der Plas" of "Caroline van der
                    // Plas"
                    .filter(person -> endsWithIgnoringCase(person.key, " " + group.key)
                            || lastName(person.key).equals(group.key)
                            // a first name alone is rarer than the full name and its last name together ("Trump"
                            // is not "Trump Tilts"; "Jannik" three times is "Jannik Sinner" once and "Sinner" five)
                            || (oneWord
                                    && group.type() == EntityType.PERSON
                                    && group.mentions <= person.mentions + mentionsOf(groups.get(lastName(person.key)))
                                    && firstWord(person.key).equals(group.key)))
                    .toList();
            if (fuller.size() > 1
                    && fuller.stream().allMatch(person -> endsWithIgnoringCase(person.key, " " + group.key))) {
                // "De Zeeuw" where both "Arjan De Zeeuw" and "Arjan de Zeeuw" occur: the one written alike (only where
                // the names differ in case alone, not "Jordan" between "Michael Jordan" and "Jordan Henderson")
                List<Group> alike = fuller.stream()
                        .filter(person -> person.key.endsWith(" " + group.key))
                        .toList();
                fuller = alike.size() == 1 ? alike : fuller;
            }
            if (fuller.isEmpty() && oneWord && group.type() == EntityType.PERSON) {
                // the name a person goes by, inside the full one: "Lula" of "Luiz Inacio Lula da Silva"; only where
                // no full name ends with it ("Smith" of "Adam Smith", not of "Adam Smith Lecture")
                // and no other name of any kind ends or starts with it ("Walker" of "Kyle Walker", "Paul" of "Paul
                // Smith")
                boolean namesAnother = groups.keySet().stream()
                        .anyMatch(key -> key.endsWith(" " + group.key) || key.startsWith(group.key + " "));
                fuller = namesAnother
                        ? List.of()
                        : people.stream()
                                .filter(person -> person != group
                                        && middleWords(person.key).contains(group.key))
                                .toList();
            }
            if (fuller.size() == 1) {
                into.put(group, fuller.get(0));
            }
        }
        absorbAll(groups, into, EntityType.PERSON);
    }

    /**
     * Moves each group into the one it was found to belong to, following a chain to its end (a group that belongs to
     * one which itself belongs to another), its mentions counted as {@code type}.
     */
    private static void absorbAll(Map<String, Group> groups, Map<Group, Group> into, EntityType type) {
        into.forEach((part, whole) -> {
            Group target = whole;
            while (into.containsKey(target)) {
                target = into.get(target);
            }
            target.absorbAs(part, type);
            groups.remove(part.key);
        });
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** An acronym with a small word's letter in lower case: "BoE" (Bank of England), "DfT". */
    private static final Pattern MIXED_ACRONYM =
            Pattern.compile("\\p{Lu}(?:\\p{Ll}\\p{Lu}){1,2}|\\p{Lu}\\p{Ll}\\p{Lu}\\p{Lu}?");
    /** How the names of nationalities end: "African", "Japanese", "British". */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish)");

    private static final Set<String> NOT_INITIALLED = Set.of("of", "and", "for", "the", "on", "in", "&");

    /**
     * "UAW" is the "United Auto Workers" of the same article, never introduced in parentheses: an acronym merges into
     * the one name of several words (not a person's or a nationality's) whose capitalised words' initials spell it
     * exactly.
     */
    private static void mergeAcronymsIntoTheirNames(Map<String, Group> groups) {
        Map<Group, Group> into = new LinkedHashMap<>();
        for (Group acronym : groups.values()) {
            if (acronym.fixedType != null
                    || acronym.type() == EntityType.PERSON
                    || !(ACRONYM.matcher(acronym.key).matches()
                            || MIXED_ACRONYM.matcher(acronym.key).matches())) {
                continue;
            }
            String letters = acronym.key.replaceAll("\\P{Lu}", ""); // "BoE" spells "Bank of England" by its capitals
            List<Group> named = groups.values().stream()
                    // not a person's, nor a nationality's ("South African" is not "SA")
                    .filter(name -> name.key.contains(" ")
                            && name.type() != EntityType.PERSON
                            && !(name.type() == EntityType.MISC
                                    && NATIONALITY.matcher(lastWord(name.key)).matches()))
                    .filter(name -> initials(name.key).equals(letters))
                    .toList();
            if (named.size() == 1) {
                into.put(acronym, named.get(0));
            }
        }
        // the acronym's mentions vote for their own kinds: "UAE" taken for an organization three times outvotes the
        // "United Arab Emirates" once taken for a place
        absorbAll(groups, into, null);
    }

    /**
     * "the Committee on Foreign Investment in the United States (CFIUS)", which the name finder cut into "Committee" and
     * "Foreign Investment": a name used only inside a name introduced with its acronym is a piece of it, and goes.
     */
    private static void absorbFragmentsOfIntroducedNames(
            Map<String, Group> groups, Map<String, String> acronyms, String body) {
        Map<Group, Group> into = new LinkedHashMap<>();
        for (String fullName : new java.util.HashSet<>(acronyms.values())) {
            Group whole = groups.get(fullName);
            int wholeUses = countWord(body, fullName);
            if (whole == null || wholeUses == 0) {
                continue;
            }
            List<String> fragments = groups.entrySet().stream()
                    .filter(entry -> entry.getValue() != whole
                            && entry.getValue().fixedType == null
                            && entry.getValue().surfaces.stream()
                                    .allMatch(surface -> !surface.equals(fullName)
                                            && fullName.contains(surface) // first: it costs no regex
                                            && countWord(fullName, surface) > 0
                                            && countWord(body, surface) == wholeUses * countWord(fullName, surface)))
                    .map(Map.Entry::getKey)
                    .toList();
            if (!fragments.isEmpty()) {
                // the pieces are no names of their own, nor aliases ("Caribbean" of the "Economic Commission for
                // Latin America and the Caribbean"): the whole name's uses count instead
                fragments.forEach(groups::remove);
                if (!whole.surfaces.contains(fullName)) {
                    whole.addUses(fullName, wholeUses);
                }
            }
        }
    }

    /**
     * "the WHO's regional director" in an article about the "World Health Organization": an acronym of three letters or
     * more that spells the initials of exactly one organization's name is its use, where the name finder did not tag
     * it (where it did, {@link #mergeAcronymsIntoTheirNames} merges the two).
     */
    private static void addUntaggedAcronyms(Map<String, Group> groups, String body) {
        Map<String, List<Group>> byInitials = new HashMap<>();
        for (Group group : groups.values()) {
            if (group.fixedType == null && group.key.contains(" ") && group.type() == EntityType.ORGANIZATION) {
                String initials = initials(group.key);
                if (initials.length() >= 3 && ACRONYM.matcher(initials).matches()) {
                    byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(group);
                }
            }
        }
        byInitials.forEach((acronym, named) -> {
            int uses = countWord(body, acronym);
            // not where it is already a name's (tagged, or introduced in parentheses and counted above)
            boolean known = groups.values().stream().anyMatch(group -> group.surfaces.contains(acronym));
            if (named.size() == 1 && uses > 0 && !known && !groups.containsKey(acronym)) {
                named.get(0).addUses(acronym, uses);
            }
        });
    }

    /**
     * "United Auto Workers" → "UAW", "Department of Water and Power" → "DWP", "U.S. Geological Survey" → "USGS"; "" if
     * a word is not capitalised.
     */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (NOT_INITIALLED.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return "";
            }
            initials.append(initialsOf(word)); // "Paris Saint-Germain" → "PSG", "UK Internet Forum" → "UKIF"
        }
        return initials.toString();
    }

    /** An abbreviation written with periods: "U.S.", "U.N.". */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){2,}");

    /** "Brightway" or "Allied Workers Union" is the one organization in the article whose name starts or ends so. */
    private static void mergeShortFormsIntoOrganizations(Map<String, Group> groups, Map<String, String> acronyms) {
        List<Group> organizations = groups.values().stream()
                .filter(group -> group.type() == EntityType.ORGANIZATION && group.key.contains(" "))
                .toList();
        Map<Group, Group> into = new LinkedHashMap<>();
        for (Group group : groups.values()) {
            EntityType type = group.type();
            if (group.fixedType != null || type == EntityType.LOCATION || type == EntityType.MISC) {
                continue;
            }
            boolean severalWords = group.key.contains(" ");
            int personVotes = group.votes.getOrDefault(EntityType.PERSON, 0);
            if ((severalWords && type == EntityType.PERSON)
                    || (type != EntityType.ORGANIZATION
                            && personVotes > group.votes.getOrDefault(EntityType.ORGANIZATION, 0))) {
                continue; // "Trump" is not the "Trump Organization", "Jannik Sinner" not his foundation
            }
            boolean newspaperTitle = group.surfaces.stream()
                    .anyMatch(surface -> NEWSPAPER_THE.matcher(surface).find());
            if (!severalWords
                    && group.surfaces.stream()
                            .anyMatch(surface -> surface.contains(" ")
                                    && !NEWSPAPER_THE.matcher(surface).find())) {
                continue; // "Siemens AG" is a full name of its own, not the start of "Siemens Digital Industries"
            }
            List<Group> fuller = organizations.stream()
                    .filter(organization -> organization != group)
                    // the place a body is "of" is not its short name where the text gives it an acronym for that:
                    // "St Andrews" of the "Royal and Ancient Golf Club of St Andrews (R&A)"; "Lords" of the "House of
                    // Lords" is
                    .filter(organization -> organization.key.startsWith(group.key + " ")
                            || (organization.key.endsWith(" " + group.key)
                                    && !(organization.key.endsWith(" of " + group.key)
                                            && acronyms.containsValue(organization.key))))
                    .toList();
            if (fuller.size() > 1 && NameSpans.isOrganizationHead(group.key)) {
                // "the Bank" beside "the Bank of England" and "Bank Rate": a body called by its kind is the one whose
                // name is that kind "of" something, if one name is
                List<Group> ofSomething = fuller.stream()
                        .filter(organization -> organization.key.startsWith(group.key + " of "))
                        .toList();
                fuller = ofSomething.size() == 1 ? ofSomething : fuller;
            }
            if (newspaperTitle && fuller.size() == 1 && !fuller.get(0).key.equals("Daily " + group.key)) {
                continue; // "The Times" is the paper of that name, not the "Financial Times"; "The Mirror" is the Daily
            }
            if (fuller.size() == 1 && isOwnerOf(group, fuller.get(0))) {
                continue; // "Apple ... Apple Pay": the company named first and most is not short for its product
            }
            if (fuller.size() == 1
                    && ACRONYM.matcher(group.key).matches()
                    && COMPETITION_HEADS.contains(lastWord(fuller.get(0).key))) {
                continue; // "UEFA Conference League ... a complaint to UEFA": the body, not its competition
            }
            if (fuller.size() == 1) {
                into.put(group, fuller.get(0));
            }
        }
        absorbAll(groups, into, EntityType.ORGANIZATION);
    }

    /**
     * Whether a one-word name that opens a longer one is named before it and more often, or is an acronym: then the
     * longer is the shorter's ("Apple" and "Apple Pay", "Google" and "Google Maps", "BBC" and "BBC News"), where a short
     * form follows its full name ("Brightway Logistics ... Brightway").
     */
    private static boolean isOwnerOf(Group shorter, Group longer) {
        return longer.key.startsWith(shorter.key + " ")
                // "Labour ... the Labour Party", "Delta ... Delta Air Lines": the full name of the same body
                && !hasOrganizationHead(longer.key.substring(shorter.key.length()))
                && !LEGAL_FORM.matcher(longer.key).find()
                // "BBC" and "BBC News", "ITV" and "ITV News": an acronym names the body whichever comes first
                && (ACRONYM.matcher(shorter.key).matches()
                        || shorter.firstSentence < longer.firstSentence && shorter.mentions > longer.mentions);
    }

    /** Last words of a body's name that eng.train leaves out of names (tagged O), so the model cannot learn them. */
    private static final Set<String> BODY_HEADS = Set.of("Parliament", "Club", "Assembly", "Senate");

    /** Last words of a venue's name, which its first word alone names too ("Wembley" of "Wembley Stadium"). */
    private static final Set<String> VENUE_HEADS = Set.of("Stadium", "Arena", "Circuit");
    /**
     * Last words of an event's name, which the words before them name too ("the Open" of "the Open Championship", "All
     * England" of "All England Open").
     */
    private static final Set<String> EVENT_HEADS = Set.of("Championship", "Championships", "Tournament", "Open");

    /**
     * "Wembley Stadium ... at Wembley", "the Open Championship ... the Open": a place or misc name that opens exactly
     * one venue's or event's name of its type, named after it, is that venue or event; not a nationality
     * ("European" of "European Championship"), nor a place named first ("London ... London Stadium").
     */
    private static void mergeShortFormsIntoVenuesAndEvents(Map<String, Group> groups) {
        Map<Group, Group> into = new LinkedHashMap<>();
        for (Group group : groups.values()) {
            EntityType type = group.type();
            if (group.fixedType != null
                    || (type != EntityType.LOCATION && type != EntityType.MISC)
                    || NATIONALITY_ADJECTIVE.matcher(group.key).matches()) {
                continue;
            }
            Set<String> heads = type == EntityType.LOCATION ? VENUE_HEADS : EVENT_HEADS;
            List<Group> fuller = groups.values().stream()
                    .filter(other -> other != group
                            && other.type() == type
                            && other.key.startsWith(group.key + " ")
                            && heads.contains(lastWord(other.key))
                            // a name of several words only before the head word: "All England Open", not "Six
                            // Nations Player of the Tournament"
                            && (!group.key.contains(" ") || other.key.equals(group.key + " " + lastWord(other.key)))
                            // named in a sentence before: "GALLE, Sri Lanka ... at Galle International Stadium"
                            // names the town and the ground in one
                            && other.firstSentence < group.firstSentence)
                    .toList();
            if (fuller.size() == 1) {
                into.put(group, fuller.get(0));
            }
        }
        absorbAll(groups, into, null);
    }

    /** Last words of a competition's name, which a body's acronym opens ("UEFA Champions League"). */
    private static final Set<String> COMPETITION_HEADS =
            Set.of("League", "Cup", "Trophy", "Championship", "Championships", "Games", "Series", "Tour");

    /** What a club's name adds to its town's: "FC Utrecht", "Bristol City FC", "AS Monaco". */
    private static final Set<String> CLUB_AFFIXES = Set.of(
            "FC", "AFC", "CF", "SC", "AC", "AS", "SV", "FK", "SK", "BK", "IF", "HC", "KV", "CD", "UD", "SD", "RC");

    /**
     * "FC Utrecht scored twice ... Utrecht pulled one back": a place named after the one club named for it, not before
     * it, is that club.
     */
    private static void mergePlacesIntoTheirClubs(Map<String, Group> groups) {
        Map<Group, Group> into = new LinkedHashMap<>();
        for (Group place : groups.values()) {
            if (place.fixedType != null || place.type() != EntityType.LOCATION) {
                continue;
            }
            List<Group> clubs = groups.values().stream()
                    .filter(club -> club.type() == EntityType.ORGANIZATION
                            && club.firstSentence <= place.firstSentence
                            && (CLUB_AFFIXES.contains(firstWord(club.key))
                                            && club.key.equals(firstWord(club.key) + " " + place.key)
                                    || CLUB_AFFIXES.contains(lastWord(club.key))
                                            && club.key.equals(place.key + " " + lastWord(club.key))))
                    .toList();
            if (clubs.size() == 1) {
                into.put(place, clubs.get(0));
            }
        }
        absorbAll(groups, into, EntityType.ORGANIZATION);
    }

    private static boolean endsWithIgnoringCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static int mentionsOf(Group group) {
        return group == null ? 0 : group.mentions;
    }

    /** The words between the first and the last: "Inacio", "Lula" and "da" of "Luiz Inacio Lula da Silva". */
    private static List<String> middleWords(String fullName) {
        String[] words = fullName.split("\\s+");
        return words.length < 3 ? List.of() : List.of(words).subList(1, words.length - 1);
    }

    private static String lastName(String fullName) {
        String[] words = fullName.split("\\s+");
        if (words.length == 2
                && (KOREAN_GIVEN_NAME.matcher(words[1]).matches()
                        || CHINESE_FAMILY_NAMES.contains(words[0])
                                && PINYIN_GIVEN_NAME.matcher(words[1]).matches())) {
            return words[0]; // "Kim Jae-won" is Mr. Kim, "Chen Yiming" Mr. Chen: the family name comes first
        }
        int last = words.length - 1;
        while (last > 0 && NAME_SUFFIXES.contains(words[last].toLowerCase(Locale.ROOT))) {
            last--;
        }
        return words[last].replaceAll("[,.]$", "");
    }

    /** The mentions of one referent. */
    private static final class Group {
        private final String key;
        private final EntityType fixedType;
        private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        private final Set<String> surfaces = new LinkedHashSet<>();
        private int mentions;
        private int firstSentence = Integer.MAX_VALUE;
        /** Places the body calls one of the names by a person's role, or speaks of it as an organization. */
        private int personCues;

        private int organizationCues;
        /** Of those, the places the body says what kind of organization it is ("the consultancy Olivar Insights"). */
        private int organizationKinds;
        /** How often the text says, in apposition, what kind of organization the name is ("Zolva, a startup"). */
        private int apposedKinds;
        /** Places the body says what kind of place it is ("the capital, Castelmar"). */
        private int placeKinds;
        /** Whether the body names a storm so ("Typhoon Pakhar"). */
        private boolean storm;

        Group(String key, EntityType fixedType) {
            this.key = key;
            this.fixedType = fixedType;
        }

        void add(Mention mention, String surface, EntityType vote) {
            votes.merge(vote, 1, Integer::sum);
            surfaces.add(surface);
            mentions++;
            firstSentence = Math.min(firstSentence, mention.sentence());
        }

        /** A person's vote for each place the body gives one of this group's names a role ({@link #rolesIn}). */
        void addRoleVotes(Map<String, Integer> roles) {
            if (fixedType != null || roles.isEmpty()) {
                return;
            }
            int votes = 0;
            for (Map.Entry<String, Integer> named : roles.entrySet()) {
                for (String surface : surfaces) {
                    if (named.getKey().equals(surface) || named.getKey().endsWith(" " + surface)) {
                        votes += named.getValue();
                        break;
                    }
                }
            }
            if (votes > 0) {
                this.votes.merge(EntityType.PERSON, votes, Integer::sum);
                personCues += votes;
            }
        }

        /**
         * An organization's vote for each place the body speaks of one of this group's names as an organization
         * ({@link #organizationCuesIn}) or says it is one ({@link #organizationKindsIn}), and a place's vote for each
         * place it says it is a place ({@link #placeKindsIn}); see {@link #type()} for what they decide.
         */
        void addCues(Map<String, Integer> cues, Map<String, Integer> kinds, Map<String, Integer> places) {
            if (fixedType != null || votes.keySet().stream().noneMatch(EntityConsolidation::isName)) {
                return;
            }
            int saidToBe = countIn(kinds);
            int found = countIn(cues) + saidToBe;
            if (found > 0) {
                votes.merge(EntityType.ORGANIZATION, found, Integer::sum);
                organizationCues += found;
                organizationKinds += saidToBe;
            }
            int placesSaid = countIn(places);
            if (placesSaid > 0) {
                votes.merge(EntityType.LOCATION, placesSaid, Integer::sum);
                placeKinds += placesSaid;
            }
        }

        private int countIn(Map<String, Integer> names) {
            return surfaces.stream()
                    .mapToInt(surface -> names.getOrDefault(surface, 0))
                    .sum();
        }

        /** Uses of a form the name finder did not tag, such as an acronym after its introduction. */
        void addUses(String surface, int uses) {
            surfaces.add(surface);
            mentions += uses;
        }

        /** Takes the other group's mentions, counting their votes for {@code type}, or for their own kinds. */
        void absorbAs(Group other, EntityType type) {
            other.votes.forEach((own, count) -> votes.merge(type == null ? own : type, count, Integer::sum));
            surfaces.addAll(other.surfaces);
            mentions += other.mentions;
            // cues follow their votes: absorbed as a person's, the other's organization cues no longer count
            if (type == null || type == EntityType.PERSON) {
                personCues += other.personCues;
            }
            if (type == null || type == EntityType.ORGANIZATION) {
                organizationCues += other.organizationCues;
                organizationKinds += other.organizationKinds;
                apposedKinds += other.apposedKinds;
            }
            if (type == null || type == EntityType.LOCATION) {
                placeKinds += other.placeKinds;
            }
            firstSentence = Math.min(firstSentence, other.firstSentence);
        }

        EntityType type() {
            if (fixedType != null) {
                return fixedType;
            }
            if (storm) {
                return EntityType.MISC;
            }
            // the text's word outweighs the model's repeated guess at an unknown name ("Kellanova" six times a person),
            // and so does the text saying what a name is, once for every two mentions ("Olivar Insights" a person once)
            // or once for a single word no full name explains ("Zolva, a Swedish startup", eight times a person)
            boolean oneWord = surfaces.stream().noneMatch(surface -> surface.contains(" "));
            // a date, an amount or a share is what the rules found it to be: "through September, the London-based
            // bank said" is no company called September
            boolean named = votes.keySet().stream().anyMatch(EntityConsolidation::isName);
            if (named
                    && personCues == 0
                    && (organizationCues >= 2 || 2 * organizationKinds >= mentions || oneWord && apposedKinds > 0)) {
                return EntityType.ORGANIZATION;
            }
            if (named && personCues == 0 && organizationCues == 0 && placeKinds > 0 && 2 * placeKinds >= mentions) {
                return EntityType.LOCATION;
            }
            EntityType voted = votes.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue()
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey)
                    .orElse(EntityType.MISC);
            // "European Parliament", "Swiss Alpine Club": CoNLL leaves such head words out of names, so the model
            // calls what is left misc; the whole name is a body
            if (voted == EntityType.MISC && key.contains(" ") && BODY_HEADS.contains(lastWord(key))) {
                return EntityType.ORGANIZATION;
            }
            return voted;
        }

        Entity toEntity(int mostMentions, int sentences) {
            String name = fixedType != null
                    ? key
                    : surfaces.contains(key) ? longest() : withLegalForm().orElse(key);
            List<String> aliases =
                    surfaces.stream().filter(s -> !s.equals(name)).toList();
            double salience =
                    0.6 * mentions / mostMentions + 0.4 * (1 - Math.min(firstSentence, sentences) / (double) sentences);
            return new Entity(name, type(), mentions, aliases, Math.round(salience * 1000) / 1000.0);
        }

        /** "Altair Engineering Inc." for the key "Altair Engineering", "The Times" for "Times". */
        private java.util.Optional<String> withLegalForm() {
            return surfaces.stream()
                    .filter(surface -> plainName(surface).equals(key))
                    .max(Comparator.comparingInt(String::length));
        }

        private String longest() {
            return surfaces.stream()
                    .max(Comparator.comparingInt(String::length))
                    .orElse(key);
        }
    }
}
