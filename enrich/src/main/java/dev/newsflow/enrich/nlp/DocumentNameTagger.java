package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.features.DocumentContext;
import dev.newsflow.enrich.nlp.features.Gazetteers;
import dev.newsflow.enrich.nlp.features.StageOneModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds names in one document (an article, or one {@code -DOCSTART-} block of CoNLL) at a time: its sentences are
 * tagged in order by a {@link NameFinderME}, whose adaptive data carries what was found earlier in the document (the
 * previous-outcome feature), and is cleared before and after the document, so one document never influences the next.
 * Enrich and {@code newsflow eval ner} both tag through this class, so the evaluation measures the runtime path.
 *
 * <p>A second pass then labels repeated mentions alike: where a token sequence that was tagged somewhere in the
 * document occurs again untagged, as a whole capitalised phrase (not glued to a capitalised neighbour), it gets the
 * type it was given most often. It only adds names; it never changes one the model found, which measured worse.
 *
 * <p>Before that, the last word of a name of several words types it where it can: a name that ends in the word for
 * a kind of organization ("Kessel Bank", "Max Planck Institute", "Acme Corp.") is an organization whatever type the
 * model gave it, and a misc name that ends in the word for a kind of place ("Ford County"), or stands before one in
 * lower case ("the Guaiba river"), is a location; a stadium named after someone is one place ("Stadio Diego Armando
 * Maradona"); a portfolio before "Minister" is no name ("Health Minister Alexandru Rafila"); and two
 * names of one type on either side of a plural's apostrophe become one ("St James ' Park"); a person's name takes
 * the roman numeral after it ("King Felipe VI"); punctuation at a name's edge goes ("— Mars"); and the one place in a
 * list of organizations is an organization ("Microsoft, Meta and Amazon"), and the one person in a list of places or
 * organizations takes their type. Across the document, a person's name drops the title it opens with ("Cardinal
 * Wolsey"), two persons around a quoted nickname are one, and a one-word name takes the type of the longer name it
 * is short for: the surname of a person the gazetteers know ("Neil Jordan ... Jordan"), the first word of an
 * organization's name ("Magna International Inc. ... Magna"). A compound such as "Ontario-based" before a name is a
 * misc name of its own, and a title in quotes that the model tagged in part ("\" Ice Cold in Alex \"") one misc name.
 *
 * <p>A model that carries a first-stage model ({@link StageOneModel}, a stacked model) is run in two stages: the first
 * stage tags the whole document, and its names become document-level features of every token for the second stage
 * ({@link DocumentContext}), e.g. that the same word was tagged as a person elsewhere in the document.
 *
 * <p>Not thread-safe, like {@link NameFinderME}: one instance per thread.
 */
public final class DocumentNameTagger {

    private final NameFinderME finder;
    private final NameFinderME stageOne;
    private final Predicate<String> isCountry;
    private final Predicate<String> isNationality;
    private final Predicate<String> isKnownPerson;
    private final Predicate<String> isOnlyAPerson;
    private final Predicate<String> isKnownOrganization;
    private final Predicate<String> isKnownPlace;
    private final Predicate<String> isListedPlace;
    private final Predicate<String> isState;

    public DocumentNameTagger(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
        Object first = model.getArtifact(StageOneModel.RESOURCE);
        this.stageOne = first instanceof StageOneModel stage ? new NameFinderME(stage.model()) : null;
        // the model's own gazetteers, where it has them, tell countries
        Object gazetteers = model.getArtifact(Gazetteers.RESOURCE);
        this.isCountry = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.COUNTRIES, name)
                : name -> false;
        this.isNationality = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.NATIONALITIES, name)
                : name -> false;
        this.isKnownPerson = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.PERSONS, name)
                : name -> false;
        this.isKnownOrganization = gazetteers instanceof Gazetteers lists
                ? name -> ORGANIZATION_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isKnownPlace = gazetteers instanceof Gazetteers lists
                ? name -> PLACE_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                        || NOT_PLACES.stream().noneMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isListedPlace = gazetteers instanceof Gazetteers lists
                ? name -> PLACE_LISTS.stream().anyMatch(list -> lists.contains(list, name))
                : name -> false;
        this.isState = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.STATES, name)
                : name -> false;
        this.isOnlyAPerson = gazetteers instanceof Gazetteers lists
                ? name -> lists.contains(Gazetteers.PERSONS, name)
                        && NOT_PERSONS.stream().noneMatch(list -> lists.contains(list, name))
                : name -> false;
    }

    /** Returns the names of each sentence of one document, as token spans typed person, organization, ... */
    public List<Span[]> find(List<String[]> document) {
        List<String[]> sentences = document.stream()
                .map(DocumentNameTagger::withStraightQuotes)
                .map(DocumentNameTagger::withoutPlusSigns)
                .toList();
        List<Span[]> names;
        if (stageOne == null) {
            names = tag(finder, sentences, null);
        } else {
            names = tag(finder, sentences, DocumentContext.of(sentences, tag(stageOne, sentences, null)));
        }
        // the repairs, in the order they run; each sees the names the one before it left
        names = withoutEdgePunctuation(sentences, names);
        names = withoutDates(sentences, names);
        names = withoutPortfolios(sentences, names);
        names = withoutTitles(sentences, names);
        names = withMembersOfParliamentApart(sentences, names);
        names = withStateCodesApart(sentences, names);
        names = withChannelNumbers(sentences, names);
        names = withoutOpeningThe(sentences, names);
        names = withoutOpeningWords(sentences, names);
        names = withModifiersApart(sentences, name -> isCountry.test(name) || isNationality.test(name), names);
        names = withRegnalNumbers(sentences, names);
        names = withVenuesJoined(sentences, names);
        names = withLegalFormsJoined(sentences, names);
        names = withHeadWordTypes(sentences, names);
        names = withStormNames(sentences, names);
        names = withPlaceWordsAfter(sentences, isNationality, names);
        names = withListTypes(sentences, isCountry, names);
        names = withRosterNames(sentences, name -> isCountry.test(name) || isNationality.test(name), names);
        names = withPossessivesJoined(sentences, names);
        names = withPeopleOpening(sentences, names);
        names = withArabicFamilyNames(sentences, names);
        names = withAmpersandsJoined(sentences, names);
        names = withEventsJoined(sentences, names);
        names = withEventTypes(sentences, names);
        names = withKindsApart(sentences, names);
        names = withWorksAfterTheirKind(sentences, names);
        names = withMediaNames(sentences, isNationality, isListedPlace, names);
        names = withChambersAsBodies(sentences, names);
        names = withMarketIndices(sentences, names);
        names = withBodiesAfterTheirKind(sentences, name -> isCountry.test(name) || isNationality.test(name), names);
        names = withConjoinedOrganizationsSplit(sentences, isKnownOrganization, names);
        names = withBodiesOfSomething(sentences, names);
        names = withNationalBodiesJoined(sentences, isNationality, names);
        names = withNicknamesJoined(sentences, names);
        names = withQuotedTitles(sentences, names);
        names = withKnownPersons(sentences, isOnlyAPerson, isNationality, names);
        names = withSurnamesAsPersons(sentences, isKnownPerson, names);
        names = withShortOrganizationNames(sentences, isNationality, names);
        names = withTeamsNamedAfterPlaces(sentences, isCountry, isNationality, isState, names);
        names = withPlacesApart(sentences, isCountry, isKnownOrganization, names);
        names = withMajorityTypes(sentences, names);
        names = withRepeatedMentions(sentences, names);
        names = withPlacesAfterTheirKind(sentences, names);
        names = withSplitNamesJoined(sentences, names);
        names = withHeadlineMentions(sentences, names);
        names = withPressDigestMastheads(sentences, isCountry, names);
        names = withTableRowNames(sentences, names);
        names = withStandingsRowNames(
                sentences,
                name -> isCountry.test(name) || NATIONS_NOT_COUNTRIES.contains(name.toLowerCase(Locale.ROOT)),
                names);
        names = withBasesAsPlaces(sentences, isKnownPlace, names);
        names = withNewspapersTheirThe(sentences, names);
        return withBracketsBalanced(sentences, names);
    }

    /**
     * The tokens with typographic quotes and apostrophes straightened ("’s" is "'s", "“" is "\""), as in the newswire
     * the model learnt from: on eng.testa with them curled, F1 0.9331 against 0.9338.
     */
    static String[] withStraightQuotes(String[] tokens) {
        String[] straight = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String replaced = token.indexOf('’') >= 0 || token.indexOf('‘') >= 0
                    ? token.replace('’', '\'').replace('‘', '\'')
                    : token.equals("“") || token.equals("”") ? "\"" : token;
            if (replaced != token) {
                if (straight == null) {
                    straight = tokens.clone();
                }
                straight[i] = replaced;
            }
        }
        return straight == null ? tokens : straight;
    }

    /**
     * "OPEC+" as "OPEC", which the model knows: a "+" after capitals names an enlarged group of the body ("G7+"),
     * and the unseen token read as a person's name. The span keeps the "+" (the caller's tokens are unchanged).
     */
    static String[] withoutPlusSigns(String[] tokens) {
        String[] plain = null;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.length() > 2 && token.endsWith("+") && Character.isUpperCase(token.charAt(0))) {
                if (plain == null) {
                    plain = tokens.clone();
                }
                plain[i] = token.substring(0, token.length() - 1);
            }
        }
        return plain == null ? tokens : plain;
    }

    private static final String PERSON = "person";
    private static final String ORGANIZATION = "organization";
    private static final String LOCATION = "location";
    private static final String MISC = "misc";
    /** Last words that make a name an organization's; leagues, unions and federations are not here (CoNLL: misc). */
    private static final Set<String> ORGANIZATION_HEADS = Set.of(
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

    private static final Set<String> PLACES_NAMED_LIKE_ORGANIZATIONS = Set.of("west bank", "south bank", "left bank");

    /**
     * First words that make a name of several words an organization's in the languages that put the kind first:
     * "Grupo Ribeiro", "Banco Santander", "Groupe Casino".
     */
    private static final Set<String> ORGANIZATION_OPENERS = Set.of(
            "grupo",
            "groupe",
            "gruppo",
            "banco",
            "banca",
            "banque",
            "compañía",
            "companhia",
            "compagnie",
            "sociedad",
            "société",
            "società");
    /**
     * Last words that make a misc name a place's. An organization keeps its type, since clubs and airports are named
     * so ("Notts County", "Queen's Park"), and so does a person, since these are surnames too ("Andrew Park").
     */
    private static final Set<String> LOCATION_HEADS = Set.of(
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
    /**
     * Of those, the plurals and roads no surname ends with: "Davis Islands", "Coquihalla Highway" are no persons
     * ("Andrew Park", "Picabo Street" are).
     */
    private static final Set<String> LOCATION_HEADS_OVER_PERSONS =
            Set.of("islands", "mountains", "highway", "motorway", "expressway", "freeway");
    /**
     * Of those, the last words that make an organization's name of several words a place's too: no club, airport or
     * band is named so in CoNLL's or wikigold's names ("Quayside Stadium" is where a club plays).
     */
    private static final Set<String> LOCATION_HEADS_OVER_ORGANIZATIONS = Set.of(
            "stadium",
            "arena",
            "square",
            "river",
            "valley",
            "mountains",
            "ocean",
            "island",
            "peninsula",
            "strait",
            "highway",
            "motorway",
            "expressway",
            "freeway",
            "sea");

    /** Whether the word ("Bank", "institute", "Corp.") makes a name of several words an organization's. */
    static boolean isOrganizationHead(String word) {
        return ORGANIZATION_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A company's legal form, as written after its name; not "Co", "AB" or "SE", which are counties and regions too. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH", "AG", "SA", "S.A.",
            "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V.", "ASA", "Oyj");

    /**
     * "Acerías del Cantábrico SA", which the model tags without its legal form (and as a person): a name right before a
     * company's legal form takes it and is an organization.
     */
    static List<Span[]> withLegalFormsJoined(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int end = name.getEnd();
                if (freeTokenAfter(tokens, spans, i) && LEGAL_FORMS.contains(tokens[end])) {
                    spans[i] = new Span(name.getStart(), end + 1, ORGANIZATION, name.getProb());
                }
            }
            return spans;
        });
    }

    /** Whether a token follows the sentence's {@code i}-th name and no other name starts there: one it may take. */
    private static boolean freeTokenAfter(String[] tokens, Span[] spans, int i) {
        int end = spans[i].getEnd();
        return end < tokens.length && (i + 1 == spans.length || spans[i + 1].getStart() > end);
    }

    /** The names with the types their last words give them (see the class comment). */
    static List<Span[]> withHeadWordTypes(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                String type = name.length() > 1 ? headWordType(tokens, name) : null;
                if (type != null && !type.equals(name.getType())) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), type, name.getProb());
                }
            }
            return Arrays.stream(spans)
                    .filter(name -> !isAgreementShortName(tokens, name))
                    .toArray(Span[]::new);
        });
    }

    /**
     * Lower-case words after a name that make it a place's: "the Guaiba river", "the Taquari valley"; not "island" nor
     * "sea", which follow adjectives as often ("on the Arctic island of Spitzbergen", eng.testa: misc).
     */
    private static final Set<String> PLACE_WORDS_AFTER = Set.of("river", "valley", "lake", "basin", "delta");

    /** Adjectives the gazetteers' nationalities miss: "a Siberian river", "an Alpine valley", "a Scottish lake". */
    private static final Pattern ADJECTIVE_OF_PLACE = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish|ine|ic)");

    /**
     * A misc name followed by a lower-case word for a kind of place is a location ("the Guaiba river"), unless it is a
     * nationality ("a Greek island").
     */
    static List<Span[]> withPlaceWordsAfter(
            List<String[]> sentences, Predicate<String> isNationality, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                if (MISC.equals(name.getType())
                        && name.getEnd() < tokens.length
                        && PLACE_WORDS_AFTER.contains(tokens[name.getEnd()])
                        && !isNationality.test(text(tokens, name.getStart(), name.getEnd()))
                        && !ADJECTIVE_OF_PLACE
                                .matcher(tokens[name.getEnd() - 1])
                                .matches()) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), LOCATION, name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * "Microsoft, Meta and Amazon": in a list of three names or more, joined by commas and a last "and" or "or" (with
     * or without a comma before it), the one name of another type takes the others' type where {@link #ODD_TYPE_TAKES}
     * allows: a place among organizations, a person among places or organizations ("Scotland, Wales and Northern
     * Ireland"). A possessor is not in the list ("British Airways and Spain's Iberia"), and a country stays a place.
     */
    static List<Span[]> withListTypes(List<String[]> sentences, Predicate<String> isCountry, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            int first = 0;
            while (first < spans.length) {
                int last = first;
                boolean closed = false;
                while (!closed && last + 1 < spans.length && !isPossessor(tokens, spans[last + 1])) {
                    String gap = String.join(
                            " ", Arrays.copyOfRange(tokens, spans[last].getEnd(), spans[last + 1].getStart()));
                    closed = LAST_GAPS.contains(gap);
                    if (!closed && !gap.equals(",")) {
                        break;
                    }
                    last++;
                }
                if (closed) {
                    retypeTheOddOne(tokens, spans, first, last, isCountry);
                }
                first = last + 1;
            }
            return spans;
        });
    }

    /**
     * "Flemming , Jason Gillespie , Stuart Law , Glenn McGrath": in a roster, a list of three items or more joined by
     * bare commas where at least two items are persons and at most one is a name of another type, a one-word item is a
     * person too, whether the model tagged it an organization or misc ("Green , Jerry Kelly , Tim Simpson"; not an
     * acronym, "TOK") or not at all. An item is a name or one capitalised word standing alone between commas (or the sentence's edges); a place,
     * a country or a nationality keeps its type, and a word that opens a sentence only as a discourse word ("However
     * ,") is none. eng.train holds 11 such one-word items in rosters of persons, all persons.
     */
    static List<Span[]> withRosterNames(
            List<String[]> sentences, Predicate<String> isCountryOrNationality, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> items = rosterItems(tokens, spans);
            List<Span> result = new ArrayList<>(Arrays.asList(spans));
            int first = 0;
            while (first < items.size()) {
                int last = first;
                while (last + 1 < items.size()
                        && items.get(last + 1).getStart() == items.get(last).getEnd() + 1
                        && tokens[items.get(last).getEnd()].equals(",")) {
                    last++;
                }
                List<Span> roster = items.subList(first, last + 1);
                long persons = roster.stream()
                        .filter(item -> PERSON.equals(item.getType()))
                        .count();
                long others = roster.stream()
                        .filter(item -> item.getType() != null && !PERSON.equals(item.getType()))
                        .count();
                if (roster.size() >= 3 && persons >= 2 && others <= 1) {
                    for (Span item : roster) {
                        String word = tokens[item.getStart()];
                        if (item.length() == 1
                                && (item.getType() == null
                                        || (ROSTER_RETYPES.contains(item.getType()) && !isAcronym(word)))
                                && !isCountryOrNationality.test(word)
                                && !(item.getStart() == 0 && DISCOURSE_OPENERS.contains(word))) {
                            if (item.getType() != null) {
                                result.remove(item);
                            }
                            result.add(new Span(item.getStart(), item.getEnd(), PERSON));
                        }
                    }
                }
                first = last + 1;
            }
            result.sort(Comparator.comparingInt(Span::getStart));
            return result.toArray(Span[]::new);
        });
    }

    /** The types a roster's one-word name loses; a place stays one ("Altmann , Mendelssohn , London , 1973"). */
    private static final Set<String> ROSTER_RETYPES = Set.of(ORGANIZATION, MISC);

    /** Words that open a sentence followed by a comma without being anyone's name. */
    private static final Set<String> DISCOURSE_OPENERS = Set.of(
            "However",
            "Meanwhile",
            "Still",
            "Yet",
            "Also",
            "Instead",
            "Then",
            "Now",
            "Today",
            "Yesterday",
            "Later",
            "Earlier",
            "Finally",
            "First",
            "Second",
            "Third",
            "Moreover",
            "Furthermore",
            "Indeed",
            "Nevertheless",
            "Nonetheless",
            "Besides",
            "Again",
            "Here",
            "There",
            "Thus",
            "Otherwise",
            "Overall",
            "Separately");

    /**
     * The names of a sentence and, untyped, each capitalised word standing alone between commas or the sentence's
     * edges, in order.
     */
    private static List<Span> rosterItems(String[] tokens, Span[] spans) {
        boolean[] tagged = new boolean[tokens.length];
        List<Span> items = new ArrayList<>();
        for (Span name : spans) {
            Arrays.fill(tagged, name.getStart(), name.getEnd(), true);
            if (standsAlone(tokens, name.getStart(), name.getEnd())) {
                items.add(name);
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            if (!tagged[i] && standsAlone(tokens, i, i + 1) && capitalised(tokens[i]) && tokens[i].length() > 1) {
                items.add(new Span(i, i + 1));
            }
        }
        items.sort(Comparator.comparingInt(Span::getStart));
        return items;
    }

    /** Whether tokens start to end stand between commas or the sentence's edges (a full stop ends it too). */
    private static boolean standsAlone(String[] tokens, int start, int end) {
        return (start == 0 || tokens[start - 1].equals(","))
                && (end == tokens.length || tokens[end].equals(",") || tokens[end].equals("."));
    }

    /**
     * "AN-NAHAR", "JORDAN TIMES", "THE ISLAND": in a press digest (a document whose headline says "Press digest"), a
     * line of one to five words in capitals, without digits, is the masthead of the newspaper whose stories follow,
     * one organization; not a country ("IRAQ", a section) nor a section of the paper ("FRONT PAGE"). In eng.train and
     * eng.testa 68 of 73 such lines are one organization.
     */
    static List<Span[]> withPressDigestMastheads(
            List<String[]> sentences, Predicate<String> isCountry, List<Span[]> names) {
        if (sentences.isEmpty() || !isPressDigest(sentences.get(0))) {
            return names;
        }
        List<Span[]> result = new ArrayList<>(names);
        for (int s = 1; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            if (tokens.length <= 5
                    && Arrays.stream(tokens)
                            .allMatch(token -> MASTHEAD_WORD.matcher(token).matches())
                    && Arrays.stream(tokens).noneMatch(PAPER_SECTIONS::contains)
                    && !isCountry.test(String.join(" ", tokens))) {
                result.set(s, new Span[] {new Span(0, tokens.length, ORGANIZATION)});
            }
        }
        return result;
    }

    private static final Pattern MASTHEAD_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}'-]*");

    private static final Set<String> PAPER_SECTIONS =
            Set.of("PAGE", "PAGES", "FRONT", "BUSINESS", "EDITORIAL", "EDITORIALS", "SPORT", "SPORTS", "HEADLINES");

    private static boolean isPressDigest(String[] headline) {
        for (int i = 0; i + 1 < headline.length; i++) {
            if (headline[i].equalsIgnoreCase("press") && headline[i + 1].equalsIgnoreCase("digest")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "LECIVA PRAHA 2470.00 2470.00 1360 3359.200", "KANSAS CITY 58 70 .453 18 1/2": a row of a table of prices or
     * standings, one to four words in capitals and then only numbers, one of them with a decimal point, is headed by
     * an organization, a company or a team. Not a row with signed changes ("LONDON 3,907.5 +16.4", a market index by
     * its city), nor one opening with a weekday ("THU M&R YR DIV 31.7", a calendar of results). In eng.train and
     * eng.testa 253 of 258 such rows open with one organization.
     */
    static List<Span[]> withTableRowNames(List<String[]> sentences, List<Span[]> names) {
        List<Span[]> result = new ArrayList<>(names);
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            int words = 0;
            while (words < tokens.length && ROW_NAME_WORD.matcher(tokens[words]).matches()) {
                words++;
            }
            if (words == 0 || words > 4 || tokens.length - words < 2 || WEEKDAY_ABBREVIATIONS.contains(tokens[0])) {
                continue;
            }
            String[] figures = Arrays.copyOfRange(tokens, words, tokens.length);
            if (Arrays.stream(figures)
                            .allMatch(figure -> UNSIGNED_FIGURE.matcher(figure).matches())
                    && Arrays.stream(figures).anyMatch(figure -> figure.contains("."))) {
                result.set(s, new Span[] {new Span(0, words, ORGANIZATION)});
            }
        }
        return result;
    }

    private static final Set<String> WEEKDAY_ABBREVIATIONS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /**
     * "Mladost ( BJ ) 3 0 1 2 2 6 1", "Kryvbas 6 1 1 4 5 9 4": a row of a league's standings, one to four capitalised
     * words (with a bracketed town, as Yugoslav and Ukrainian tables tell two clubs apart) and then five whole numbers
     * or more, is headed by one team: a club, or in a table of national teams (most of the document's rows are
     * countries) a country, which CoNLL names as the place ("Monaco" among French clubs is one). In eng.train and
     * eng.testa 811 of 818 such rows open with one organization, and the countries' rows with a place.
     */
    static List<Span[]> withStandingsRowNames(
            List<String[]> sentences, Predicate<String> isNationalTeam, List<Span[]> names) {
        Map<Integer, Integer> rows = new LinkedHashMap<>(); // sentence -> words of its team
        int countries = 0;
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            int words = 0;
            while (words < tokens.length
                    && STANDINGS_NAME_WORD.matcher(tokens[words]).matches()) {
                words++;
            }
            if (words == 0
                    || words > 6
                    || tokens.length - words < 5
                    || !capitalised(tokens[0])
                    || tokens[words - 1].equals("(")) {
                continue;
            }
            if (Arrays.stream(tokens, words, tokens.length)
                    .allMatch(figure -> WHOLE_NUMBER.matcher(figure).matches())) {
                rows.put(s, words);
                countries += isNationalTeam.test(text(tokens, 0, words)) ? 1 : 0;
            }
        }
        boolean nationalTeams = 2 * countries > rows.size();
        List<Span[]> result = new ArrayList<>(names);
        rows.forEach((s, words) -> {
            boolean country = nationalTeams && isNationalTeam.test(text(sentences.get(s), 0, words));
            result.set(s, new Span[] {new Span(0, words, country ? LOCATION : ORGANIZATION)});
        });
        return result;
    }

    /** A word of a team's name in a table of standings, or a bracket around the town that tells two clubs apart. */
    private static final Pattern STANDINGS_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.&'-]*|[()]");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    private static final Pattern ROW_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}.&'-]*");
    private static final Pattern UNSIGNED_FIGURE = Pattern.compile("[\\d.,/]*\\d[\\d.,/-]*");

    /**
     * "a Leeds - based food manufacturer", "The Erlangen - based group": where something is based is a place, though
     * the model, seeing a company's name around it, took the town for one. Only in running text, where
     * {@link SentenceSplitter} splits the compound (CoNLL keeps "Bergamo-based" whole, a misc name); a place the
     * gazetteers know, or a name they know neither as an organization nor as a product, and not a platform software is
     * based on ("Linux - based"). On BBC News, 14 towns and regions, no other name.
     */
    static List<Span[]> withBasesAsPlaces(
            List<String[]> sentences, Predicate<String> isKnownPlace, List<Span[]> names) {
        return retyped(sentences, names, LOCATION, (tokens, name) -> {
            int end = name.getEnd();
            return name.getType().equals(ORGANIZATION)
                    && end + 1 < tokens.length
                    && tokens[end].equals("-")
                    && tokens[end + 1].equalsIgnoreCase("based")
                    && !PLATFORMS.contains(tokens[name.getStart()])
                    && isKnownPlace.test(text(tokens, name.getStart(), end));
        });
    }

    /** What stands before a list's last name: "and" or "or", with or without a comma before it. */
    private static final Set<String> LAST_GAPS = Set.of("and", "or", ", and", ", or");

    private static boolean isPossessor(String[] tokens, Span name) {
        return name.getEnd() < tokens.length
                && (tokens[name.getEnd()].equals("'s") || tokens[name.getEnd()].equals("’s"));
    }

    /**
     * The types a list's one odd name may take from the others, by its own type. Chosen on eng.testa: a person among
     * organizations +1 name, a person among places and a place among organizations ±0 (both fixed real articles), an
     * organization among places −1, a misc name among either −1.
     */
    private static final Map<String, Set<String>> ODD_TYPE_TAKES = Map.of(
            LOCATION, Set.of(ORGANIZATION),
            PERSON, Set.of(LOCATION, ORGANIZATION));

    private static void retypeTheOddOne(
            String[] tokens, Span[] spans, int first, int last, Predicate<String> isCountry) {
        Map<String, Integer> types = new HashMap<>();
        for (int i = first; i <= last; i++) {
            types.merge(spans[i].getType(), 1, Integer::sum);
        }
        if (types.size() != 2) {
            return;
        }
        String odd = null;
        String others = null;
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            if (type.getValue() == 1) {
                odd = type.getKey();
            } else {
                others = type.getKey();
            }
        }
        // one name against two or more that agree: not two names, nor two against two
        if (odd == null
                || others == null
                || !ODD_TYPE_TAKES.getOrDefault(odd, Set.of()).contains(others)) {
            return;
        }
        for (int i = first; i <= last; i++) {
            // a country stays a place, even among companies ("sanctions on Russia, Gazprom and Rosneft")
            if (spans[i].getType().equals(odd)
                    && !(odd.equals(LOCATION)
                            && isCountry.test(text(tokens, spans[i].getStart(), spans[i].getEnd())))) {
                spans[i] = new Span(spans[i].getStart(), spans[i].getEnd(), others, spans[i].getProb());
            }
        }
    }

    /**
     * Words that open the name of a sports ground in the languages of the leagues news covers most; not "Stade", which
     * opens clubs' names as often ("Stade Francais", "Stade Toulousain").
     */
    private static final Set<String> VENUE_WORDS = Set.of("stadio", "estadio", "estádio", "stadion");

    /** Capitalised words that make a person's name before them a venue's: "Rod Laver Arena", "Arthur Ashe Stadium". */
    private static final Set<String> VENUES_AFTER_NAMES = Set.of("Arena", "Stadium");

    /**
     * A sports ground named after someone is one place: "Stadio Diego Armando Maradona", which the model cuts into
     * "Stadio Diego" and the person "Armando Maradona"; a name that opens with a word for a stadium takes the names
     * right after it and is a location, and so is a person's name the model left "Arena" or "Stadium" out of ("Rod
     * Laver Arena").
     */
    static List<Span[]> withVenuesJoined(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                Span name = found[i];
                if (VENUE_WORDS.contains(tokens[name.getStart()].toLowerCase(Locale.ROOT))) {
                    int end = name.getEnd();
                    // the person it is named after, not a club after the name ("the Stadio Olimpico Lazio beat ...")
                    while (i + 1 < found.length
                            && found[i + 1].getStart() == end
                            && PERSON.equals(found[i + 1].getType())) {
                        end = found[++i].getEnd();
                    }
                    name = new Span(name.getStart(), end, LOCATION, name.getProb());
                } else if (PERSON.equals(name.getType())
                        && name.getEnd() < tokens.length
                        && VENUES_AFTER_NAMES.contains(tokens[name.getEnd()])
                        && (i + 1 == found.length || found[i + 1].getStart() > name.getEnd())) {
                    // "Rod Laver Arena", which the model cuts after the person it is named after
                    name = new Span(name.getStart(), name.getEnd() + 1, LOCATION, name.getProb());
                }
                spans.add(name);
            }
            return spans.toArray(Span[]::new);
        });
    }

    /** Words that name a storm before its name: "Hurricane Edouard", "Typhoon Haiyan", "Tropical Storm Dolly". */
    private static final Set<String> STORM_WORDS = Set.of("hurricane", "typhoon", "cyclone", "storm");

    /**
     * A storm's name is misc, as CoNLL tags "Hurricane Edouard" ("Edouard" alone), not the person the model takes it
     * for; the word before it stays out of the name, and "Hurricane Center" or "Storm Prediction Center" are not
     * storms.
     */
    static List<Span[]> withStormNames(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int start = name.getStart();
                if (STORM_WORDS.contains(tokens[start].toLowerCase(Locale.ROOT))
                        && name.length() == 2
                        && !isOrganizationHead(tokens[start + 1])
                        && !tokens[start + 1].equals("Center")) {
                    start++; // "Hurricane Delphine" tagged whole
                } else if (start == 0
                        || !STORM_WORDS.contains(tokens[start - 1].toLowerCase(Locale.ROOT))
                        || !Character.isUpperCase(tokens[start - 1].charAt(0))
                        || name.length() != 1) {
                    continue;
                }
                spans[i] = new Span(start, name.getEnd(), MISC, name.getProb());
            }
            return spans;
        });
    }

    /** Each sentence's names after {@code repair}, which gets the tokens and a copy of the names it may change. */
    private static List<Span[]> perSentence(
            List<String[]> sentences, List<Span[]> names, BiFunction<String[], Span[], Span[]> repair) {
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            result.add(repair.apply(sentences.get(s), names.get(s).clone()));
        }
        return result;
    }

    /** Words no name ends with. */
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "the", "&");

    /**
     * "— Mars" is "Mars": a name neither starts nor ends with a token of punctuation only, brackets aside (a name of
     * punctuation only is dropped), nor ends with a small word ("and", "of").
     */
    static List<Span[]> withoutEdgePunctuation(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>();
            for (Span name : found) {
                int start = name.getStart();
                int end = name.getEnd();
                while (start < end && isPunctuation(tokens[start])) {
                    start++;
                }
                // nor ends with a small word: "the Department of Justice and" of "... and the SEC"
                while (end > start && (isPunctuation(tokens[end - 1]) || SMALL_WORDS.contains(tokens[end - 1]))) {
                    end--;
                }
                if (start == name.getStart() && end == name.getEnd()) {
                    spans.add(name);
                } else if (start < end) {
                    spans.add(new Span(start, end, name.getType(), name.getProb()));
                }
            }
            return spans.toArray(Span[]::new);
        });
    }

    /**
     * "The Times", "The Washington Post", "The Statesman": a newspaper's name takes the "The" written before it, as
     * CoNLL does, anywhere in a sentence (eng.train and testa: 10 newspapers after "The" hold it, none leaves it out),
     * and is an organization's.
     */
    static List<Span[]> withNewspapersTheirThe(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                if (name.getStart() > 0
                        && tokens[name.getStart() - 1].equals("The")
                        && (ORGANIZATION.equals(name.getType()) || MISC.equals(name.getType()))
                        && NEWSPAPER_TITLES.contains(tokens[name.getEnd() - 1])) {
                    spans[i] = new Span(name.getStart() - 1, name.getEnd(), ORGANIZATION, name.getProb());
                }
            }
            return spans;
        });
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

    /**
     * "Bureau of Industry and Security ( BIS": a name holds a bracket only with the one that closes it ("Mladost ( BJ
     * )"); at a bracket it opens or closes alone, it is two names of its type, and the acronym after "(" is then the
     * name of its own that entity consolidation takes for an alias. A name that closes a bracket opened right before
     * it takes that bracket, as CoNLL does ("( Tom ) Seaver").
     */
    static List<Span[]> withBracketsBalanced(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>();
            for (Span name : found) {
                int start = name.getStart();
                int open = -1;
                if (start > 0 && tokens[start - 1].equals("(") && closesFirst(tokens, name)) {
                    // "( Tom ) Seaver": a first name the writer added in brackets belongs to the name
                    name = new Span(start - 1, name.getEnd(), name.getType(), name.getProb());
                    start--;
                }
                for (int k = name.getStart(); k < name.getEnd(); k++) {
                    if (tokens[k].equals("(")) {
                        open = k;
                    } else if (tokens[k].equals(")")) {
                        if (open < 0) {
                            addNonEmpty(spans, start, k, name);
                            start = k + 1;
                        }
                        open = -1;
                    }
                }
                if (open >= 0) {
                    addNonEmpty(spans, start, open, name);
                    start = open + 1;
                }
                if (start == name.getStart()) {
                    spans.add(name);
                } else {
                    addNonEmpty(spans, start, name.getEnd(), name);
                }
            }
            return spans.toArray(Span[]::new);
        });
    }

    /** Whether the name holds a closing bracket before any opening one. */
    private static boolean closesFirst(String[] tokens, Span name) {
        for (int k = name.getStart(); k < name.getEnd(); k++) {
            if (tokens[k].equals("(")) {
                return false;
            }
            if (tokens[k].equals(")")) {
                return true;
            }
        }
        return false;
    }

    private static void addNonEmpty(List<Span> spans, int start, int end, Span name) {
        if (start < end) {
            spans.add(new Span(start, end, name.getType(), name.getProb()));
        }
    }

    /** Months as tables and datelines abbreviate them. */
    private static final Pattern MONTH_ABBREVIATION =
            Pattern.compile("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?", Pattern.CASE_INSENSITIVE);

    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");

    /**
     * "Jul 31 , 1996 Jan 31 , 1996", "( Jun 26 )": a one-word name that is a month, with a number or a dash beside it,
     * is a date (eng.train: 98 such months outside names, one inside a person's name of two words).
     */
    static List<Span[]> withoutDates(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> Arrays.stream(found)
                .filter(name -> !(name.length() == 1 && isDate(tokens, name.getStart())))
                .toArray(Span[]::new));
    }

    private static boolean isDate(String[] tokens, int month) {
        String word = tokens[month];
        if (!isMonth(word) && !MONTH_ABBREVIATION.matcher(word).matches()) {
            return false;
        }
        String before = month > 0 ? tokens[month - 1] : "";
        String after = month + 1 < tokens.length ? tokens[month + 1] : "";
        return STARTS_WITH_DIGIT.matcher(after).matches()
                || STARTS_WITH_DIGIT.matcher(before).matches()
                || before.equals("-");
    }

    /** A minister's portfolio, which is not a name before "Minister": "Health Minister Alexandru Rafila". */
    private static final Set<String> PORTFOLIOS = Set.of(
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

    /**
     * "Health" in "Health Minister Alexandru Rafila" is not an organization: a one-word name that is a portfolio
     * goes when "Minister" or "Secretary" follows it.
     */
    static List<Span[]> withoutPortfolios(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> Arrays.stream(found)
                .filter(name -> !(name.length() == 1
                        && PORTFOLIOS.contains(tokens[name.getStart()].toLowerCase(Locale.ROOT))
                        && name.getEnd() < tokens.length
                        && (tokens[name.getEnd()].equals("Minister") || tokens[name.getEnd()].equals("Secretary"))))
                .toArray(Span[]::new));
    }

    /**
     * Ranks and offices that stand before a person's name and are not part of it in CoNLL's guidelines ("Cardinal
     * Wolsey", "Emperor Charles VI", "PRINCE NASEEM"). Not "King", which is a surname as often ("Billie Jean King",
     * and eng.testa has "King" alone six times), nor words that open organizations' names too ("General Motors": the
     * rule only touches persons, but the model's persons are not always right).
     */
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "dr",
            "dr.",
            "sir",
            "dame",
            "lord",
            "lady",
            "queen",
            "prince",
            "princess",
            "emperor",
            "empress",
            "pope",
            "cardinal",
            "archbishop",
            "bishop",
            "president",
            "premier",
            "chancellor",
            "senator",
            "sen.",
            "governor",
            "gov.",
            "mayor",
            "judge",
            "colonel",
            "col.",
            "lieutenant",
            "lt.",
            "lieutenant-colonel",
            "lieutenant-general",
            "major-general",
            "brigadier",
            "captain",
            "capt.",
            "admiral",
            "marshal",
            "field-marshal",
            "sheikh",
            "ayatollah",
            "rabbi",
            "professor",
            "prof.",
            "coach",
            "chairman",
            // eng.train has each of these before a person's name and never inside one
            "attorney-general",
            "director-general",
            "secretary-general",
            "solicitor-general",
            "governor-general",
            "vice-president",
            "monsignor",
            "opener",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "skipper",
            // and these in eng.train and eng.testa never inside a person's name (a British council's "Cllr Martin
            // Pearce" of probe round 11 kept his title)
            "cllr",
            "cllr.",
            "councillor",
            "councilor",
            "councilman",
            "councilwoman",
            "alderman",
            "rev.",
            "reverend",
            "father",
            "imam",
            "sergeant",
            "sgt",
            "sgt.",
            "corporal",
            "detective",
            "det.",
            "constable",
            "superintendent",
            "supt.",
            "general",
            "gen.",
            "major",
            "maj.",
            "rep.");

    /**
     * "Tory MP Boris Johnson", "Green MSP Mark Ballard", "Labour MP", "Conservative MP for Kensington": a member of a
     * parliament's title is inside no name (eng.train and eng.testa: never), so it splits the name the model tagged
     * across it: what comes before keeps the type (the party, a constituency), the name after it is the member, a
     * person, and a name after "for" is the constituency, a place. BBC News had 64 such names, quotes given to "Tory MP
     * Boris Johnson", an organization.
     */
    static List<Span[]> withMembersOfParliamentApart(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> result = new ArrayList<>();
            for (Span name : spans) {
                int title = name.getStart();
                while (title < name.getEnd() && !MEMBERS_TITLES.contains(tokens[title])) {
                    title++;
                }
                if (title == name.getEnd()) {
                    result.add(name);
                    continue;
                }
                addNonEmpty(result, name.getStart(), title, name);
                int after = title + 1;
                if (after < name.getEnd() && tokens[after].equals("for")) {
                    addNonEmpty(result, after + 1, name.getEnd(), new Span(name.getStart(), name.getEnd(), LOCATION));
                } else {
                    addNonEmpty(result, after, name.getEnd(), new Span(name.getStart(), name.getEnd(), PERSON));
                }
            }
            return result.toArray(Span[]::new);
        });
    }

    /** Members of the British, Scottish, European and Northern Irish parliaments and assemblies. */
    private static final Set<String> MEMBERS_TITLES = Set.of("MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs");

    /**
     * "Havre MT", "Portland OR": a place written with its state's postal code is two places, as eng.train tags them
     * (10 of 10), the model's one name split. Only after a name not in capitals: "PAKISTAN IN" is a headline's word.
     */
    static List<Span[]> withStateCodesApart(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> result = new ArrayList<>();
            for (Span name : spans) {
                int last = name.getEnd() - 1;
                String before = tokens[last - Math.min(1, name.length() - 1)];
                if (LOCATION.equals(name.getType())
                        && name.length() >= 2
                        && STATE_CODES.contains(tokens[last])
                        && !before.equals(before.toUpperCase(Locale.ROOT))) {
                    addNonEmpty(result, name.getStart(), last, name);
                    addNonEmpty(result, last, name.getEnd(), name);
                } else {
                    result.add(name);
                }
            }
            return result.toArray(Span[]::new);
        });
    }

    /** The postal codes of the states of the United States and of Canada's provinces; not "DC" ("Washington DC"). */
    private static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AB", "BC", "MB", "NB",
            "NL", "NS", "ON", "PE", "QC", "SK");

    /**
     * "BBC Radio 4", "Channel 4", "BBC News 24": a broadcaster's name ending in "Radio", "Channel", "TV" or "News" takes
     * the number of the station after it, which the model leaves out (BBC News: 58 articles had "BBC Radio" for Radio
     * 4 or Radio 1). Not a number that goes on ("Channel 4-5", "News 24:00").
     */
    static List<Span[]> withChannelNumbers(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int end = name.getEnd();
                if (end < tokens.length
                        && STATION_NAME_ENDS.contains(tokens[end - 1])
                        && STATION_NUMBER.matcher(tokens[end]).matches()
                        && (i + 1 == spans.length || spans[i + 1].getStart() > end)
                        && (end + 1 == tokens.length
                                || !NUMBER_GOES_ON.matcher(tokens[end + 1]).matches())) {
                    spans[i] = new Span(name.getStart(), end + 1, name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    private static final Set<String> STATION_NAME_ENDS = Set.of("Radio", "Channel", "TV", "News");
    private static final Pattern STATION_NUMBER = Pattern.compile("[1-9]\\d?");
    private static final Pattern NUMBER_GOES_ON = Pattern.compile("[-:/.,]?\\d.*|-.*|%|percent");

    /**
     * "But Mr Howard", "Former Downing Street", "Fellow Lib Dem Norman Baker", "Veteran Labour MP": a conjunction, an
     * adverb or a describing word capitalised to open a sentence is not the first word of the name the model ran it
     * into (eng.train and testa: 96 such words before names, one inside, "Former Yugoslavia", a place kept so).
     */
    static List<Span[]> withoutOpeningWords(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                String first = tokens[name.getStart()];
                if (name.length() >= 2
                        && OPENING_WORDS.contains(first)
                        && !(first.equals("Former") && LOCATION.equals(name.getType()))) {
                    spans[i] = new Span(name.getStart() + 1, name.getEnd(), name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    /** Not the words that open titles too: "So Solid Crew", "Now Or Never", "And Then There Were None". */
    private static final Set<String> OPENING_WORDS = Set.of(
            "But",
            "Also",
            "Both",
            "While",
            "Although",
            "Meanwhile",
            "However",
            "Yesterday",
            "Today",
            "Former",
            "Fellow",
            "Veteran",
            "Outgoing",
            "Acting",
            "Interim",
            "Defending",
            "Legendary",
            "Holders",
            "Many");

    /**
     * "Emperor Charles VI" is "Charles VI": a person's name of two words or more loses the titles it opens with
     * ({@link #TITLES}) where a capitalised word follows ("Lord of the Rings", which the model may take for a person,
     * keeps its "Lord"); entity consolidation then merges "Charles VI" with its other mentions.
     */
    static List<Span[]> withoutTitles(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int start = name.getStart();
                while (PERSON.equals(name.getType())
                        && start + 1 < name.getEnd()
                        && capitalised(tokens[start + 1])
                        && TITLES.contains(tokens[start].toLowerCase(Locale.ROOT))) {
                    start++;
                }
                if (start > name.getStart()) {
                    spans[i] = new Span(start, name.getEnd(), name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * "The Party of Democratic Action said ...": a name of two words or more that opens a sentence with "The" or "An"
     * leaves it out, as CoNLL does (eng.train: 241 names after a sentence's first "The", 7 with it inside; "An Aalborg
     * Håndbold spokesperson"), and so does a name that opens with someone's age ("Nineteen-year-old Lara Zimmermann").
     */
    static List<Span[]> withoutOpeningThe(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                if (name.length() > 1
                        && (name.getStart() == 0
                                        && OPENING_ARTICLES.contains(tokens[0])
                                        && !(name.length() == 2 && PLACES_WITH_THE.contains(tokens[1]))
                                || AGE.matcher(tokens[name.getStart()]).matches())) {
                    spans[i] = new Span(name.getStart() + 1, name.getEnd(), name.getType(), name.getProb());
                } else if (name.length() == 1
                        && name.getStart() > 0
                        && tokens[name.getStart() - 1].equals("The")
                        && PLACES_WITH_THE.contains(tokens[name.getStart()])) {
                    // "The Hague has said", which the model tags as "Hague"
                    spans[i] = new Span(name.getStart() - 1, name.getEnd(), name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    /** "pro-independence", "steel-hulled", "two-time": a compound of lower-case words, which opens no name. */
    private static final Pattern COMMON_MODIFIER = Pattern.compile("\\p{Ll}+-\\p{Ll}+");

    /**
     * "Ontario-based Magna", "St. Louis-based Mercantile Bancorp Inc.": the model tags the compound and the name after
     * it as one; the compound (with the words of the name before it) is a misc name of its own, and the rest keeps
     * the name's type; a compound that ends a name makes it misc. At a sentence's start the capital says nothing, so
     * a one-word compound there ("Family-controlled Douglas & Lomason") is only left out, unless it is made of a
     * country or a nationality. A compound of lower-case words ("pro-independence Chechens") is left out too. Where the
     * model tagged nothing, such a compound is a misc name, and so is a name after a prefix ("ex-England"). That is
     * CoNLL's way (eng.train: 77 of 85 capitalised compounds are misc names or end one, one opens a longer name);
     * {@link SentenceSplitter} splits these words in running text, where the name alone is what a reader wants.
     */
    static List<Span[]> withModifiersApart(
            List<String[]> sentences, Predicate<String> isCountryOrNationality, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>();
            for (Span name : found) {
                int start = name.getStart();
                int end = name.getEnd();
                int modifier = -1;
                for (int k = start; k < end; k++) {
                    if (SentenceSplitter.isNamedCompound(tokens[k])) {
                        modifier = k;
                    }
                }
                if (modifier < 0) {
                    if (name.length() > 1
                            && COMMON_MODIFIER.matcher(tokens[start]).matches()) {
                        spans.add(new Span(start + 1, end, name.getType(), name.getProb()));
                    } else {
                        spans.add(name);
                    }
                    continue;
                }
                if (isModifierName(tokens, modifier, isCountryOrNationality)) {
                    spans.add(new Span(start, modifier + 1, MISC, name.getProb()));
                }
                if (modifier + 1 < end) {
                    spans.add(new Span(modifier + 1, end, name.getType(), name.getProb()));
                }
            }
            // the same compounds where the model tagged nothing ("A London-based spokesman"), and a name after a
            // prefix ("ex-England", "pro-Moscow"; not "mid-August")
            boolean[] tagged = new boolean[tokens.length];
            spans.forEach(name -> Arrays.fill(tagged, name.getStart(), name.getEnd(), true));
            for (int k = 0; k < tokens.length; k++) {
                if (!tagged[k] && isModifierName(tokens, k, isCountryOrNationality)) {
                    spans.add(new Span(k, k + 1, MISC));
                }
            }
            spans.sort(null);
            return spans.toArray(Span[]::new);
        });
    }

    /**
     * Whether token {@code k} is a name made an adjective that is a misc name of its own: a capitalised compound
     * ("Ontario-based") but at a sentence's start, where only a country's or a nationality's is, or a name after a
     * prefix ("ex-England").
     */
    private static boolean isModifierName(String[] tokens, int k, Predicate<String> isCountryOrNationality) {
        if (SentenceSplitter.isNamedCompound(tokens[k])) {
            return k > 0 || isCountryOrNationality.test(tokens[k].substring(0, tokens[k].lastIndexOf('-')));
        }
        return SentenceSplitter.prefixedNameHyphen(tokens[k]) > 0;
    }

    private static final Set<String> OPENING_ARTICLES = Set.of("The", "An");

    /** Places whose names hold their "The" (eng.train and eng.testa tag "The Netherlands" whole at a sentence's start). */
    private static final Set<String> PLACES_WITH_THE = Set.of("Hague", "Netherlands", "Gambia", "Bahamas");

    /** "Nineteen-year-old", "31-year-old": an age written as one word. */
    private static final Pattern AGE = Pattern.compile("[\\p{L}\\d]+-years?-old", Pattern.CASE_INSENSITIVE);

    /** Punctuation only, but not a bracket, which may close one the name opened: "Mladost ( BJ )". */
    private static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit)
                && token.codePoints().noneMatch(c -> "()[]{}".indexOf(c) >= 0);
    }

    /** A roman numeral of two letters or more ("II", "VI", "XVI"; not "I", which is a pronoun). */
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})");

    /**
     * "King Felipe VI", "Pope Benedict XVI": a person's name takes the roman numeral right after it, and "I" after a
     * monarch's title ("Queen Elizabeth I").
     */
    static List<Span[]> withRegnalNumbers(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int next = name.getEnd();
                if (PERSON.equals(name.getType())
                        && freeTokenAfter(tokens, spans, i)
                        && (REGNAL_NUMBER.matcher(tokens[next]).matches()
                                || (tokens[next].equals("I") && afterMonarchsTitle(tokens, name)))) {
                    spans[i] = new Span(name.getStart(), next + 1, name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * Titles of monarchs and princes, part of how the news names someone ("Prince Harry", "Queen Elizabeth", "Pope
     * Francis"), after which "I" is a regnal number, not a pronoun ("Queen Elizabeth I").
     */
    private static final Set<String> ROYAL_TITLES = Set.of(
            "king",
            "queen",
            "prince",
            "princess",
            "emperor",
            "empress",
            "pope",
            "tsar",
            "czar",
            "kaiser",
            "shah",
            "sultan",
            "sheikh");

    /** Whether the word is a monarch's or a prince's title ("Prince", "QUEEN", "pope"). */
    static boolean isRoyalTitle(String word) {
        return ROYAL_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean afterMonarchsTitle(String[] tokens, Span name) {
        return name.getStart() > 0 && isRoyalTitle(tokens[name.getStart() - 1]);
    }

    /** First words of a mountain's, a volcano's or a lake's name. */
    private static final Set<String> PLACE_OPENERS =
            Set.of("mount", "mt", "mt.", "volcán", "volcan", "volcano", "lake", "lago", "glacier");

    private static String headWordType(String[] tokens, Span name) {
        String last = tokens[name.getEnd() - 1].toLowerCase(Locale.ROOT);
        if (ORGANIZATION_OPENERS.contains(tokens[name.getStart()].toLowerCase(Locale.ROOT))) {
            return ORGANIZATION;
        }
        if (PERSON.equals(name.getType())
                && Arrays.asList(tokens).subList(name.getStart(), name.getEnd()).contains("&")) {
            return ORGANIZATION; // "Hartley & Finch", "Marks & Spencer": two names joined by "&" are a firm
        }
        if (ORGANIZATION_HEADS.contains(last)
                && !PLACES_NAMED_LIKE_ORGANIZATIONS.contains(
                        text(tokens, name.getStart(), name.getEnd()).toLowerCase(Locale.ROOT))) {
            return ORGANIZATION;
        }
        if (PLACE_OPENERS.contains(tokens[name.getStart()].toLowerCase(Locale.ROOT))) {
            return LOCATION; // "Volcán de Fuego", "Mount Kilimanjaro", "Lake Nyos"; an organization's head goes first
        }
        if (AGREEMENT_HEADS.contains(last) && !PERSON.equals(name.getType())) {
            return MISC; // "Net Book Agreement", "Trades Disputes Act", "Peking Protocol"
        }
        if (LOCATION_HEADS.contains(last) && MISC.equals(name.getType())
                || LOCATION_HEADS_OVER_ORGANIZATIONS.contains(last)
                        && ORGANIZATION.equals(name.getType())
                        && allCapitalised(tokens, name) // not "... Project for Farmers of the Chancay Valley"
                || LOCATION_HEADS_OVER_PERSONS.contains(last) && PERSON.equals(name.getType())) {
            return LOCATION;
        }
        return null;
    }

    /**
     * Last words of the names of laws and agreements, misc names in CoNLL (eng.train: "Clean Air Act", "Lusaka
     * Agreement", "Brady Bill"; not "Treaty", which ends a company's name there too, "Penn Treaty").
     */
    private static final Set<String> AGREEMENT_HEADS =
            Set.of("act", "agreement", "accord", "accords", "pact", "protocol", "bill", "charter");

    /** "the Act", "the Bill" alone: no name, but the law the text named in full, which the model takes for a body. */
    private static boolean isAgreementShortName(String[] tokens, Span name) {
        return name.length() == 1
                && !PERSON.equals(name.getType())
                && name.getStart() > 0
                && tokens[name.getStart() - 1].equalsIgnoreCase("the")
                && AGREEMENT_HEADS.contains(tokens[name.getStart()].toLowerCase(Locale.ROOT));
    }

    private static boolean allCapitalised(String[] tokens, Span name) {
        for (int i = name.getStart(); i < name.getEnd(); i++) {
            if (!Character.isUpperCase(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two names of one type on either side of a plural's apostrophe are one name when the second is one head word:
     * "St James ' Park", "Growers ' Cooperative" (the tokens split the apostrophe off, as the training data does, and
     * the model then cuts there); "Philippines ' Manila" stays two.
     */
    static List<Span[]> withPossessivesJoined(List<String[]> sentences, List<Span[]> names) {
        return withNeighboursJoined(
                sentences,
                names,
                (tokens, first, second) -> isApostrophe(tokens[first.getEnd()])
                                && tokens[first.getEnd() - 1].endsWith("s")
                                && first.getType().equals(second.getType())
                                && second.length() == 1
                                && isHeadWord(tokens[second.getStart()])
                        ? first.getType()
                        : null);
    }

    /** Words that open an event's name after the place it is held: "Melbourne Cup", "Singapore Grand Prix". */
    private static final Set<String> EVENT_WORDS = Set.of(
            "Cup",
            "Grand",
            "Open",
            "Marathon",
            "Masters",
            "Classic",
            "Trophy",
            "Gold",
            "Derby",
            "Stakes",
            "Games",
            "Rally",
            "Championship",
            "Championships");

    /**
     * "Berlin Film Festival", "Academy Awards", "Consumer Electronics Show", "London Marathon": a name of several words
     * ending in an event's or award's word is misc, as every such name in eng.train and eng.testa is (not "Games": a
     * horse called "Mind Games"; not "Fair": "Vanity Fair"), unless a body's word is in it ("Festival Association").
     * And an award's name before what is done with it ("an Oscar nomination", "Bafta-winning") is misc, not the person
     * the model takes "Oscar" for. BBC News: 334 such names were organizations, persons or places.
     */
    static List<Span[]> withEventTypes(List<String[]> sentences, List<Span[]> names) {
        return retyped(sentences, names, MISC, (tokens, name) -> {
            int end = name.getEnd();
            boolean event = name.length() >= 2
                    && EVENT_ENDS.contains(tokens[end - 1])
                    && Arrays.stream(tokens, name.getStart(), end).noneMatch(BODY_WORDS::contains);
            boolean award = name.length() == 1
                    && AWARDS.contains(tokens[name.getStart()])
                    && end < tokens.length
                    && AWARD_USES.contains(tokens[end].toLowerCase(Locale.ROOT));
            return event || award;
        });
    }

    /**
     * "the Nikkei index", "the 30-share DAX index", "the Dow Jones index": a name before "index" is the index, misc (as
     * eng.train and testa tag 24 of 26 such names), not the organization the model takes it for; not an exchange's
     * ("the American Stock Exchange index") nor a place ("the Paris index").
     */
    static List<Span[]> withMarketIndices(List<String[]> sentences, List<Span[]> names) {
        return retyped(sentences, names, MISC, (tokens, name) -> {
            int end = name.getEnd();
            return end < tokens.length
                    && INDICES.contains(tokens[end])
                    && (ORGANIZATION.equals(name.getType()) || PERSON.equals(name.getType()))
                    && !isOrganizationHead(tokens[end - 1])
                    && !tokens[end - 1].equals("Exchange");
        });
    }

    private static final Set<String> INDICES = Set.of("index", "indices", "indexes");

    /** Each sentence's names, those {@code retype} holds for given {@code type}; the others as they were. */
    private static List<Span[]> retyped(
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

    /**
     * "ITV soap Coronation Street", "the Miramax film Sideways" tagged as one name: the word for a kind of work or body
     * is inside no name, so it splits the name the model ran across it; the name before it keeps its type, and the one
     * after it is the work (misc) or the body (an organization) it names.
     */
    static List<Span[]> withKindsApart(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> result = new ArrayList<>();
            for (Span name : spans) {
                int kind = name.getStart() + 1;
                while (kind < name.getEnd() - 1
                        && !(KINDS_OF_WORK.contains(tokens[kind]) || KINDS_OF_BODY.contains(tokens[kind]))) {
                    kind++;
                }
                if (kind >= name.getEnd() - 1) {
                    result.add(name);
                    continue;
                }
                addNonEmpty(result, name.getStart(), kind, name);
                String type = KINDS_OF_WORK.contains(tokens[kind]) ? MISC : ORGANIZATION;
                addNonEmpty(result, kind + 1, name.getEnd(), new Span(kind + 1, name.getEnd(), type));
            }
            return result.toArray(Span[]::new);
        });
    }

    /**
     * "the village of Mahala", "the northern city of Gdansk", "the Chechen capital Grozny": a name right after "village
     * of", "town of", "city of" and the like, or after "capital", is a place (eng.train: 107 of 107 after "... of", 35 of
     * 37 after the kind alone), whatever the model took it for, and so is every other mention of it in the document
     * (eng.testa: "Mahala" five times a person). Not a nationality ("the state of British music"), nor after "capital
     * of", which money has too.
     */
    static List<Span[]> withPlacesAfterTheirKind(List<String[]> sentences, List<Span[]> names) {
        Set<String> places = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            for (Span name : names.get(s)) {
                int start = name.getStart();
                boolean ofPlace =
                        start >= 2 && tokens[start - 1].equals("of") && KINDS_OF_PLACE.contains(tokens[start - 2]);
                // "the capital Kabul", "the Afghan capital Kabul"; not "venture capital Fund"
                boolean capital = start >= 2
                        && tokens[start - 1].equals("capital")
                        && (tokens[start - 2].equals("the") || capitalised(tokens[start - 2]));
                String text = text(tokens, start, name.getEnd());
                // "the state of Parmalat's finances" is no place's
                if ((ofPlace || capital) && !ADJECTIVE_OF_PLACE.matcher(text).matches() && !isPossessor(tokens, name)) {
                    places.add(text);
                }
            }
        }
        if (places.isEmpty()) {
            return names;
        }
        return retyped(
                sentences,
                names,
                LOCATION,
                (tokens, name) -> places.contains(text(tokens, name.getStart(), name.getEnd())));
    }

    private static final Set<String> KINDS_OF_PLACE = Set.of(
            "village",
            "villages",
            "town",
            "towns",
            "city",
            "cities",
            "province",
            "provinces",
            "region",
            "district",
            "port",
            "island",
            "islands",
            "suburb",
            "municipality",
            "hamlet",
            "township",
            "county",
            "state",
            "republic");

    /**
     * "the film Sideways", "her album Confessions on a Dance Floor", "his novel Atonement": a title right after the word
     * for its kind of work is misc, a name the model gave another type ("the film Million Dollar Baby", an
     * organization) or the capitalised words it left untagged, up to eight, small words inside ("of", "the", ...).
     * Not after "series", "game", "show" or "play", which sport uses for matches ("the series England won"), but for
     * the first three after a medium ("the TV series Lost", "the video game Halo"), nor after "single" but as a noun
     * ("her new single"). BBC News: 466 film, show and book titles were mistyped or missed.
     */
    static List<Span[]> withWorksAfterTheirKind(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> result = new ArrayList<>(Arrays.asList(spans));
            for (int kind = 0; kind + 1 < tokens.length; kind++) {
                if (!isKindOfWork(tokens, kind) || !capitalised(tokens[kind + 1])) {
                    continue;
                }
                int start = kind + 1;
                Span tagged = nameStartingAt(result, start);
                if (tagged != null) {
                    if (!MISC.equals(tagged.getType())) {
                        result.set(result.indexOf(tagged), new Span(start, tagged.getEnd(), MISC, tagged.getProb()));
                    }
                    continue;
                }
                if (result.stream().anyMatch(name -> name.getStart() < start && name.getEnd() > start)) {
                    continue; // "Miramax film Sideways" is no kind before a title
                }
                int end = start;
                int lastCapital = start;
                while (end < tokens.length
                        && end - start < 8
                        && (capitalised(tokens[end]) || TITLE_SMALL_WORDS.contains(tokens[end]))
                        && !isTaggedAt(result, end)) {
                    if (capitalised(tokens[end])) {
                        lastCapital = end;
                    }
                    end++;
                }
                Span rest = end - start < 8 ? nameStartingAt(result, end) : null;
                if (rest != null) {
                    // "the film Saving Private Ryan", the model's "Ryan" a person: one title
                    result.remove(rest);
                    result.add(new Span(start, rest.getEnd(), MISC));
                } else {
                    result.add(new Span(start, lastCapital + 1, MISC));
                }
            }
            result.sort(Comparator.comparingInt(Span::getStart));
            return result.toArray(Span[]::new);
        });
    }

    /**
     * "the band Franz Ferdinand", "national carrier EgyptAir", "state news agency Hina": a name right after the word
     * for its kind of body is an organization, whatever the model took it for (eng.train: 97 of 102 such names; the
     * others after "party", "trio" and "insurer", a person). Not a country or nationality ("the group Britain leads",
     * "the group French investors formed").
     */
    static List<Span[]> withBodiesAfterTheirKind(
            List<String[]> sentences, Predicate<String> isCountryOrNationality, List<Span[]> names) {
        List<Span[]> retyped = retyped(sentences, names, ORGANIZATION, (tokens, name) -> {
            int start = name.getStart();
            return start > 0
                    && KINDS_OF_BODY.contains(tokens[start - 1])
                    && !isCountryOrNationality.test(text(tokens, start, name.getEnd()));
        });
        return perSentence(sentences, retyped, (tokens, found) -> {
            List<Span> spans = new ArrayList<>(Arrays.asList(found));
            // "the band Keane", "the tabloid Bild" that the model left untagged: the capitalised words after the kind
            for (int kind = 0; kind + 1 < tokens.length; kind++) {
                int start = kind + 1;
                if (!NAMED_AFTER_KIND.contains(tokens[kind])
                        || !capitalised(tokens[start])
                        || tokens[start].length() < 2
                        || isTaggedAt(spans, start)) {
                    continue;
                }
                int end = start;
                while (end < tokens.length && end - start < 6 && capitalised(tokens[end]) && !isTaggedAt(spans, end)) {
                    end++;
                }
                Span rest = OPENING_ARTICLES.contains(tokens[start]) && end == start + 1
                        ? nameStartingAt(spans, end)
                        : null;
                if (rest != null) {
                    spans.remove(rest); // "the band The Libertines", the model's "Libertines" alone
                    spans.add(new Span(start, rest.getEnd(), ORGANIZATION));
                } else if (!isCountryOrNationality.test(text(tokens, start, end))) {
                    spans.add(new Span(start, end, ORGANIZATION));
                }
            }
            spans.sort(Comparator.comparingInt(Span::getStart));
            return spans.toArray(Span[]::new);
        });
    }

    /** Kinds of body whose name follows them untagged often enough to take the words after them. */
    private static final Set<String> NAMED_AFTER_KIND =
            Set.of("band", "duo", "newspaper", "tabloid", "magazine", "broadcaster", "airline", "label");

    /** Not a trade a person has too: "said broker Shakil Rizvi" (eng.testa), "publisher Rupert Murdoch". */
    /**
     * "the Guardian newspaper", "Interfax news agency", "ZDF television": a name before the word for a medium is the
     * newspaper or broadcaster, an organization, where the model took it for a person, a misc name or a place no
     * gazetteer lists; not a nationality ("the Iranian news agency") or a listed place ("the Maputo daily"), which
     * eng.train tags so (of 89 names before such words: 53 organizations, 28 nationalities, 8 places).
     */
    static List<Span[]> withMediaNames(
            List<String[]> sentences,
            Predicate<String> isNationality,
            Predicate<String> isListedPlace,
            List<Span[]> names) {
        return retyped(sentences, names, ORGANIZATION, (tokens, name) -> {
            int end = name.getEnd();
            String text = text(tokens, name.getStart(), end);
            boolean medium = end < tokens.length
                    && (MEDIA.contains(tokens[end])
                            || tokens[end].equals("news")
                                    && end + 1 < tokens.length
                                    && tokens[end + 1].equals("agency"));
            return medium
                    && (PERSON.equals(name.getType())
                            || MISC.equals(name.getType())
                                    && !isNationality.test(text)
                                    && !DEMONYM.matcher(text).matches()
                                    && !LOWER_CASE_ENDING
                                            .matcher(tokens[end - 1])
                                            .find()
                            || LOCATION.equals(name.getType()) && !isListedPlace.test(text));
        });
    }

    /** What a nationality's adjective ends like, beyond {@link #ADJECTIVE_OF_PLACE}: "Yugoslav", "Dutch", "Iraqi". */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}*(?:an|ese|ish|ine|ic|av|ch|i|er)");

    /** "PUK-run radio": a compound's lower-case ending makes the name a modifier. */
    private static final Pattern LOWER_CASE_ENDING = Pattern.compile("-\\p{Ll}+$");

    private static final Set<String> MEDIA = Set.of(
            "newspaper",
            "daily",
            "weekly",
            "magazine",
            "tabloid",
            "paper",
            "journal",
            "radio",
            "television",
            "broadcaster");

    /**
     * "the Commons", "the Duma", "Congress": a parliament's chamber named by one word is an organization (eng.train and
     * testa: "Congress" 11, "Senate" 15, "Duma" 1, all so), not the place or misc name the model may take it for (BBC
     * News: "Commons" a place in 16 articles, misc in 17).
     */
    static List<Span[]> withChambersAsBodies(List<String[]> sentences, List<Span[]> names) {
        return retyped(
                sentences,
                names,
                ORGANIZATION,
                (tokens, name) -> name.length() == 1 && CHAMBERS.contains(tokens[name.getStart()]));
    }

    private static final Set<String> CHAMBERS = Set.of(
            "Commons",
            "Lords",
            "Congress",
            "Senate",
            "Duma",
            "Knesset",
            "Bundestag",
            "Bundesrat",
            "Sejm",
            "Storting",
            "Riksdag",
            "Folketing",
            "Dail",
            "Seanad",
            "Senedd",
            "Holyrood",
            "Majlis",
            "Rada",
            "Verkhovna");

    private static final Set<String> KINDS_OF_BODY = Set.of(
            "band",
            "group",
            "duo",
            "outfit",
            "rockers",
            "label",
            "firm",
            "company",
            "carrier",
            "airline",
            "bank",
            "club",
            "newspaper",
            "daily",
            "weekly",
            "magazine",
            "agency",
            "conglomerate",
            "retailer",
            "brokerage",
            "manufacturer",
            "automaker",
            "carmaker",
            "lender",
            "broadcaster",
            "charity");

    private static final Set<String> KINDS_OF_WORK = Set.of(
            "film",
            "movie",
            "biopic",
            "album",
            "EP",
            "song",
            "novel",
            "book",
            "sitcom",
            "musical",
            "opera",
            "documentary",
            "soap",
            "thriller",
            "videogame",
            "poem",
            "painting",
            "ballet",
            "anthology",
            "memoir",
            "biography",
            "autobiography");

    /** "series", "show" and "game" name a work after these only ("the TV series Lost", "the video game Halo 2"). */
    private static final Set<String> KINDS_OF_WORK_AFTER = Set.of("series", "show", "game");

    private static final Set<String> MEDIA_OF_WORKS = Set.of(
            "TV",
            "television",
            "video",
            "computer",
            "chat",
            "talk",
            "quiz",
            "drama",
            "comedy",
            "animated",
            "reality",
            "hit");

    /** Words before "single" that make it a record: "her new single", "the band's debut single". */
    private static final Set<String> RECORD_MARKERS =
            Set.of("new", "debut", "latest", "first", "next", "hit", "his", "her", "their", "the", "'s");

    private static boolean isKindOfWork(String[] tokens, int i) {
        return KINDS_OF_WORK.contains(tokens[i])
                || tokens[i].equals("single") && i > 0 && RECORD_MARKERS.contains(tokens[i - 1])
                || KINDS_OF_WORK_AFTER.contains(tokens[i]) && i > 0 && MEDIA_OF_WORKS.contains(tokens[i - 1]);
    }

    /** The name of the list that starts at the token, or null. */
    private static Span nameStartingAt(List<Span> names, int token) {
        return names.stream()
                .filter(name -> name.getStart() == token)
                .findFirst()
                .orElse(null);
    }

    private static boolean isTaggedAt(List<Span> names, int token) {
        return names.stream().anyMatch(name -> name.getStart() <= token && token < name.getEnd());
    }

    private static final Set<String> EVENT_ENDS = Set.of(
            "Festival",
            "Award",
            "Awards",
            "Prize",
            "Show",
            "Expo",
            "Marathon",
            "Classic",
            "Rally",
            "Trophy",
            "Exhibition",
            "Biennale",
            "Olympics",
            "Globes",
            "Oscars",
            "Baftas",
            "Grammys");

    private static final Set<String> BODY_WORDS =
            Set.of("Association", "Committee", "Council", "Foundation", "Guild", "Society", "Trust", "Academy");

    private static final Set<String> AWARDS = Set.of("Oscar", "Bafta", "Grammy", "Emmy", "Brit", "Tony", "Golden");

    private static final Set<String> AWARD_USES = Set.of(
            "nomination",
            "nominations",
            "nominee",
            "nominees",
            "nominated",
            "winner",
            "winners",
            "winning",
            "-winning",
            "ceremony",
            "race",
            "glory",
            "hopes",
            "statuette",
            "award",
            "awards");

    /**
     * "Melbourne Cup", "Singapore Grand Prix", "Ascot Gold Cup": a place right before a misc name that opens with an
     * event's word is part of the event's name, which the model cuts after the place.
     */
    static List<Span[]> withEventsJoined(List<String[]> sentences, List<Span[]> names) {
        return withNeighboursJoined(
                sentences,
                names,
                0,
                (tokens, first, second) -> LOCATION.equals(first.getType())
                                && MISC.equals(second.getType())
                                && EVENT_WORDS.contains(tokens[second.getStart()])
                        ? MISC
                        : null);
    }

    /** The type of the one name two neighbours with one token between them make, or null where they stay two. */
    private interface NeighbourJoin {
        String typeOf(String[] tokens, Span first, Span second);
    }

    /** Joins each two names with one token between them where {@code join} gives them a type; chains join too. */
    private static List<Span[]> withNeighboursJoined(List<String[]> sentences, List<Span[]> names, NeighbourJoin join) {
        return withNeighboursJoined(sentences, names, 1, join);
    }

    /** Joins each two names with {@code gap} tokens between them where {@code join} gives them a type. */
    private static List<Span[]> withNeighboursJoined(
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

    /**
     * "Alvarez & Marsal", "Scottish & Newcastle": two one-word names either side of an ampersand, neither a place,
     * are one firm's, named after its founders, which the model tags as two persons.
     */
    static List<Span[]> withAmpersandsJoined(List<String[]> sentences, List<Span[]> names) {
        // not places: "Serbia & Montenegro" is a country, "Trinidad & Tobago" too
        return withNeighboursJoined(
                sentences,
                names,
                (tokens, first, second) -> first.length() == 1
                                && second.length() == 1
                                && tokens[first.getEnd()].equals("&")
                                && !LOCATION.equals(first.getType())
                                && !LOCATION.equals(second.getType())
                        ? ORGANIZATION
                        : null);
    }

    /** The gazetteers' lists of organizations' names. */
    private static final List<String> ORGANIZATION_LISTS = List.of("wiki.organization", "wiki.corporation");

    /** The gazetteers' lists of places. */
    private static final List<String> PLACE_LISTS =
            List.of("wiki.location", "wiki.place", "wiki.state", "wiki.country");

    /** What software and devices are based on, which the gazetteers do not list as products. */
    private static final Set<String> PLATFORMS =
            Set.of("Linux", "Unix", "Windows", "Android", "Java", "Web", "Internet", "Mac", "Intel", "Arm", "ARM");

    private static final List<String> NOT_PLACES = List.of("wiki.organization", "wiki.corporation", "wiki.product");

    /**
     * "Goldman Sachs and Deutsche Bank", which the model tags as one organization: where the words either side of
     * "and" are each an organization the gazetteers know and the whole is not ("Marks and Spencer" is), they are two;
     * and so are a name's two sides that the document tags alone elsewhere ("Conservatives and Lib Dems"), each with
     * the type it has there.
     */
    static List<Span[]> withConjoinedOrganizationsSplit(
            List<String[]> sentences, Predicate<String> isKnownOrganization, List<Span[]> names) {
        Map<String, Map<String, Integer>> seen = typeCounts(sentences, names, tokens -> true, DocumentNameTagger::text);
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            List<Span> spans = new ArrayList<>();
            for (Span name : names.get(s)) {
                int and = -1;
                for (int k = name.getStart() + 1; k < name.getEnd() - 1; k++) {
                    if (tokens[k].equals("and")) {
                        and = and < 0 ? k : Integer.MAX_VALUE; // one "and" only
                    }
                }
                if (and < 0 || and >= name.getEnd()) {
                    spans.add(name);
                    continue;
                }
                String left = text(tokens, name.getStart(), and);
                String right = text(tokens, and + 1, name.getEnd());
                if (ORGANIZATION.equals(name.getType())
                        && isKnownOrganization.test(left)
                        && isKnownOrganization.test(right)
                        && !isKnownOrganization.test(text(tokens, name.getStart(), name.getEnd()))) {
                    spans.add(new Span(name.getStart(), and, ORGANIZATION, name.getProb()));
                    spans.add(new Span(and + 1, name.getEnd(), ORGANIZATION, name.getProb()));
                } else if (seen.containsKey(left) && seen.containsKey(right)) {
                    // "Conservatives and Lib Dems", "Travis and Snow Patrol": both tagged alone elsewhere
                    spans.add(new Span(name.getStart(), and, mostFrequent(seen.get(left)), name.getProb()));
                    spans.add(new Span(and + 1, name.getEnd(), mostFrequent(seen.get(right)), name.getProb()));
                } else {
                    spans.add(name);
                }
            }
            result.add(spans.toArray(Span[]::new));
        }
        return result;
    }

    /**
     * "Iraqi News Agency", "Japanese Food Agency": the model tags the nationality (misc) and the body after it apart; a
     * nationality right before an organization that ends with a head word ({@link #ORGANIZATION_HEADS}) opens its name
     * (eng.train: 94 organizations so named), but not before a minister's portfolio: CoNLL tags "French" and "Interior
     * Ministry" apart (eng.train: all 6 nationalities before an adjacent organization so named).
     */
    static List<Span[]> withNationalBodiesJoined(
            List<String[]> sentences, Predicate<String> isNationality, List<Span[]> names) {
        return withNeighboursJoined(
                sentences,
                names,
                0,
                (tokens, first, second) -> MISC.equals(first.getType())
                                && first.length() == 1
                                && (isNationality.test(tokens[first.getStart()])
                                        || ADJECTIVE_OF_PLACE
                                                .matcher(tokens[first.getStart()])
                                                .matches())
                                && ORGANIZATION.equals(second.getType())
                                && ORGANIZATION_HEADS.contains(tokens[second.getEnd() - 1].toLowerCase(Locale.ROOT))
                                && !PORTFOLIOS.contains(tokens[second.getStart()].toLowerCase(Locale.ROOT))
                        ? ORGANIZATION
                        : null);
    }

    /** Bodies whose names go on with "of" and what they deal with: "Ministry of Climate Crisis and Civil Protection". */
    private static final Set<String> BODIES_OF = Set.of("Ministry", "Department", "Office", "Bureau", "Secretariat");
    /** Small words inside a body's name, before a capitalised word: "Trade and Industry", "Office for National". */
    private static final Set<String> JOINING_WORDS = Set.of("and", "for", "&", "of");

    /** Waters and lands whose names go on with "of" and a place: "Bay of Bengal", "Gulf of Mexico", "Isle of Man". */
    private static final Set<String> PLACES_OF = Set.of("Bay", "Gulf", "Sea", "Isle", "Strait", "Straits", "Cape");

    /**
     * "Greece's Ministry of Climate Crisis and Civil Protection", "the Office of the United States Trade
     * Representative": a capitalised body of {@link #BODIES_OF} with "of" (and "the") and capitalised words after it,
     * joined by "and" or "for" where a capitalised word follows, is one organization, whatever names the model found
     * inside it ("Climate Crisis", "United States"); so is one of {@link #PLACES_OF} a place ("Bay of Bengal", which
     * the model tags as "Bay" and "Bengal").
     */
    static List<Span[]> withBodiesOfSomething(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            List<Span> result = new ArrayList<>(Arrays.asList(spans));
            for (int i = 0; i + 2 < tokens.length; i++) {
                boolean place = PLACES_OF.contains(tokens[i]);
                boolean of = tokens[i + 1].equals("of") || (!place && tokens[i + 1].equals("for"));
                if (!(BODIES_OF.contains(tokens[i]) || place) || !of) {
                    continue;
                }
                int end = tokens[i + 2].equals("the") ? i + 3 : i + 2;
                int words = 0;
                while (end < tokens.length) {
                    // a place's name is the words right after "of": not "the Isle of Man TT", "the Gulf of Mexico
                    // and Angola"
                    boolean shouted = words > 0 && tokens[end].equals(tokens[end].toUpperCase(Locale.ROOT));
                    if (capitalised(tokens[end]) && !(place && shouted)) {
                        end++;
                        words++;
                    } else if (words > 0 && !place && JOINING_WORDS.contains(tokens[end])) {
                        // "... and Civil Protection", "... for the Coordination of Humanitarian Affairs"
                        // "the" after "for" or "of" only: "the Department of Justice and the SEC" are two
                        boolean the = (tokens[end].equals("for") || tokens[end].equals("of"))
                                && end + 1 < tokens.length
                                && tokens[end + 1].equals("the");
                        int next = the ? end + 2 : end + 1;
                        if (next >= tokens.length || !capitalised(tokens[next])) {
                            break;
                        }
                        end = next;
                    } else {
                        break;
                    }
                }
                if (words == 0) {
                    continue;
                }
                int head = i;
                // "UN Office for ...": an acronym the model joined to the head word opens the body's name; a longer
                // name that ends with it is the model's whole name ("the Mines and Energy Ministry for Bre-X")
                Span ending = result.stream()
                        .filter(name -> name.getStart() < head && name.getEnd() == head + 1)
                        .findFirst()
                        .orElse(null);
                if (ending != null && (ending.length() != 2 || !isAcronym(tokens[ending.getStart()]))) {
                    continue;
                }
                int start = ending != null ? ending.getStart() : head;
                int stop = end;
                // a name reaching outside the body's words is the model's, and stays
                boolean crossed = result.stream()
                        .anyMatch(name -> name.getStart() < stop
                                && name.getEnd() > start
                                && (name.getStart() < start || name.getEnd() > stop));
                if (crossed) {
                    continue;
                }
                result.removeIf(name -> name.getStart() >= start && name.getEnd() <= stop);
                result.add(new Span(start, stop, place ? LOCATION : ORGANIZATION));
                result.sort(Comparator.comparingInt(Span::getStart));
                i = stop - 1;
            }
            return result.toArray(Span[]::new);
        });
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.length() <= 4 && token.chars().allMatch(Character::isUpperCase);
    }

    /** A family name with its article or particle, written in lower case: "al-Rashid", "el-Sisi", "bin-Salman". */
    private static final Pattern ARABIC_FAMILY_NAME = Pattern.compile("(?:al|el|bin|ibn|abu)-\\p{Lu}[\\p{L}'’-]*");

    /**
     * "Ahmed al-Rashid": a person's name goes on with a family name in lower case after it, which the model, which
     * learnt names from capitals, leaves out.
     */
    static List<Span[]> withArabicFamilyNames(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int end = name.getEnd();
                if (PERSON.equals(name.getType())
                        && freeTokenAfter(tokens, spans, i)
                        && ARABIC_FAMILY_NAME.matcher(tokens[end]).matches()) {
                    spans[i] = new Span(name.getStart(), end + 1, PERSON, name.getProb());
                }
            }
            return spans;
        });
    }

    /** Plural nouns for people that open organizations' and events' names with a possessive "'s". */
    private static final Set<String> PEOPLE = Set.of("Women", "Men", "People", "Children");

    /**
     * "Women's Tennis Association", "People's Bank of China", "Women's World Cup": an organization or misc name right
     * after "Women's", "Men's", "People's" or "Children's" opens with them; the model tags it from the word after the
     * apostrophe ("Tennis Association"). Persons and places keep their span ("the Men's Roger Federer" is no name).
     */
    static List<Span[]> withPeopleOpening(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                int start = name.getStart();
                if ((ORGANIZATION.equals(name.getType()) || MISC.equals(name.getType()))
                        && start >= 2
                        && tokens[start - 1].equals("'s")
                        && PEOPLE.contains(tokens[start - 2])
                        && (i == 0 || spans[i - 1].getEnd() <= start - 2)) {
                    spans[i] = new Span(start - 2, name.getEnd(), name.getType(), name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * Two persons with a nickname in quotes between them are one person: "Roberto \" Hands of Stone \" Duran", which
     * the model tags as "Roberto" and "Duran" (CoNLL's guidelines keep the nickname inside the name).
     */
    static List<Span[]> withNicknamesJoined(List<String[]> sentences, List<Span[]> names) {
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            List<Span> spans = new ArrayList<>(Arrays.asList(names.get(s)));
            for (int i = 0; i < spans.size(); i++) {
                Span first = spans.get(i);
                int close = nicknameEnd(tokens, first.getEnd());
                if (!PERSON.equals(first.getType()) || close < 0) {
                    continue;
                }
                // the person after the closing quote; names inside the quotes ("Stone") go
                int next = i + 1;
                while (next < spans.size() && spans.get(next).getEnd() <= close) {
                    next++;
                }
                if (next < spans.size()
                        && spans.get(next).getStart() == close + 1
                        && PERSON.equals(spans.get(next).getType())) {
                    Span joined = new Span(first.getStart(), spans.get(next).getEnd(), PERSON, first.getProb());
                    spans.subList(i, next + 1).clear();
                    spans.add(i, joined);
                }
            }
            result.add(spans.toArray(Span[]::new));
        }
        return result;
    }

    /**
     * The index of the quote that closes a nickname opening at {@code open} (one to four words in straight quotes,
     * the first capitalised: "\" Macho \"", "\" Hands of Stone \""), or -1.
     */
    private static int nicknameEnd(String[] tokens, int open) {
        if (open >= tokens.length
                || !tokens[open].equals("\"")
                || open + 1 >= tokens.length
                || !capitalised(tokens[open + 1])) {
            return -1;
        }
        for (int i = open + 1; i < tokens.length && i <= open + 5; i++) {
            if (tokens[i].equals("\"")) {
                return i > open + 1 ? i : -1;
            }
            if (!Character.isLetter(tokens[i].codePointAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Small words a title in quotes may hold in lower case: "Return of the Legend", "Ice Cold in Alex". */
    private static final Set<String> TITLE_SMALL_WORDS =
            Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "&", "'s");

    /**
     * "\" Ice Cold in Alex \"", "\" Return of the Legend \"": two to eight words in quotes, capitalised but for small
     * words, in a sentence that is not all capitals, are a title, one misc name, where the model tagged part of it
     * ("Alex", "Legend") or nothing (eng.train: of 25 such quotations, 22 are one name, 11 of them misc, one is no
     * name). Quotes the model tagged whole keep their type ("\" Iron Lady \""), and so do names reaching out of the
     * quotes (a nickname inside a person's name). A comma or period before the closing quote is the sentence's.
     */
    static List<Span[]> withQuotedTitles(List<String[]> sentences, List<Span[]> names) {
        return perSentence(sentences, names, (tokens, found) -> {
            if (allCapitals(tokens)) {
                return found;
            }
            List<Span> spans = new ArrayList<>(Arrays.asList(found));
            int open = -1;
            for (int i = 0; i < tokens.length; i++) {
                if (!tokens[i].equals("\"")) {
                    continue;
                }
                if (open < 0) {
                    open = i;
                    continue;
                }
                int end = i;
                while (end > open + 1 && (tokens[end - 1].equals(",") || tokens[end - 1].equals("."))) {
                    end--; // "\" The Knot , \"": the comma of the sentence, inside the quotes American-style
                }
                Span title = new Span(open + 1, end, MISC);
                open = -1;
                if (title.length() < 2 || title.length() > 8 || !isTitle(tokens, title)) {
                    continue;
                }
                List<Span> inside = spans.stream()
                        .filter(name -> name.getStart() < title.getEnd() && name.getEnd() > title.getStart())
                        .toList();
                boolean reachesOut = inside.stream().anyMatch(name -> !title.contains(name));
                boolean whole = inside.size() == 1
                        && inside.get(0).getStart() == title.getStart()
                        && inside.get(0).getEnd() == title.getEnd();
                if (inside.isEmpty()) {
                    spans.add(title);
                    spans.sort(null);
                } else if (!inside.isEmpty() && !reachesOut && !whole) {
                    int at = spans.indexOf(inside.get(0));
                    spans.removeAll(inside);
                    spans.add(
                            at,
                            new Span(
                                    title.getStart(),
                                    title.getEnd(),
                                    MISC,
                                    inside.get(0).getProb()));
                }
            }
            return spans.toArray(Span[]::new);
        });
    }

    /** Whether the words are capitalised, but for {@link #TITLE_SMALL_WORDS}, and start with a capital. */
    private static boolean isTitle(String[] tokens, Span words) {
        if (!capitalised(tokens[words.getStart()])) {
            return false;
        }
        for (int i = words.getStart(); i < words.getEnd(); i++) {
            String token = tokens[i];
            if (!capitalised(token) && !Character.isDigit(token.codePointAt(0)) && !TITLE_SMALL_WORDS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** A headline's sentence, all in capitals, where every word looks like a name's. */
    private static boolean allCapitals(String[] tokens) {
        return Arrays.stream(tokens).allMatch(token -> token.codePoints().noneMatch(Character::isLowerCase))
                && Arrays.stream(tokens).anyMatch(token -> token.codePoints().anyMatch(Character::isUpperCase));
    }

    private static boolean isHeadWord(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return ORGANIZATION_HEADS.contains(word) || LOCATION_HEADS.contains(word);
    }

    private static boolean isApostrophe(String token) {
        return token.equals("'") || token.equals("’");
    }

    /** Tags the sentences of one document in order, with each sentence's additional context if there is one. */
    public static List<Span[]> tag(NameFinderME finder, List<String[]> sentences, List<String[][]> contexts) {
        List<Span[]> names = new ArrayList<>(sentences.size());
        finder.clearAdaptiveData();
        try {
            for (int s = 0; s < sentences.size(); s++) {
                names.add(
                        contexts == null
                                ? finder.find(sentences.get(s))
                                : finder.find(sentences.get(s), contexts.get(s)));
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return names;
    }

    /** First words of places and bodies named after saints and crowns, which the persons' list holds too ("St Mary"). */
    private static final Set<String> NOT_OPENING_PERSONS = Set.of("St", "St.", "Saint", "Royal", "University");
    /** Last words of institutions the persons' list holds too ("University College London" aside, "Royal Academy"). */
    private static final Set<String> INSTITUTION_HEADS =
            Set.of("College", "Academy", "School", "Hospital", "Church", "Cathedral", "Abbey", "London");

    /** The gazetteers' lists of what is not a person: a name in one of them may be a person's and something else's. */
    private static final List<String> NOT_PERSONS = List.of(
            "wiki.corporation",
            "wiki.organization",
            "wiki.place",
            "wiki.location",
            "wiki.state",
            Gazetteers.COUNTRIES,
            Gazetteers.NATIONALITIES,
            "wiki.artwork",
            "wiki.event",
            "wiki.film",
            "wiki.product",
            "wiki.song");

    /**
     * "Elon Musk's Department of Government Efficiency", where the model made "Elon Musk" an organization: a name of
     * two words or more that the gazetteers know as a person's and as nothing else is a person; not a name that opens
     * with a nationality ("Bosnian Serb" and "Indonesian Democratic Party" are in the persons' list), a saint's or a
     * crown's ("St Mary", "Royal Academy"), nor one that ends like an organization's or an institution's.
     */
    static List<Span[]> withKnownPersons(
            List<String[]> sentences,
            Predicate<String> isOnlyAPerson,
            Predicate<String> isNationality,
            List<Span[]> names) {
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                String first = tokens[name.getStart()];
                String last = tokens[name.getEnd() - 1];
                if (!PERSON.equals(name.getType())
                        && name.length() >= 2
                        && !isNationality.test(first)
                        && !NOT_OPENING_PERSONS.contains(first)
                        && !isHeadWord(last.toLowerCase(Locale.ROOT))
                        && !INSTITUTION_HEADS.contains(last)
                        && isOnlyAPerson.test(text(tokens, name.getStart(), name.getEnd()))) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), PERSON, name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * "Neil Jordan ... Jordan said": a one-word name that is the last word of a person's name of two words or more
     * elsewhere in the document is that person where the model made it a place or misc ("Jordan" and "Washington" are
     * places too; not an organization: "Walt Disney ... Disney"), and where the full name is a person the gazetteers
     * know: the model's own persons are not always right ("Lebed
     * Chechnya" in a headline would make "Chechnya" a person; on eng.testa, any person's name: 5 names more right, a
     * known one: 11).
     */
    static List<Span[]> withSurnamesAsPersons(
            List<String[]> sentences, Predicate<String> isKnownPerson, List<Span[]> names) {
        Set<String> surnames = new java.util.HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Span name : names.get(s)) {
                if (PERSON.equals(name.getType())
                        && name.length() > 1
                        && isKnownPerson.test(text(sentences.get(s), name.getStart(), name.getEnd()))) {
                    surnames.add(sentences.get(s)[name.getEnd() - 1]);
                }
            }
        }
        if (surnames.isEmpty()) {
            return names;
        }
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                if (name.length() == 1
                        && (LOCATION.equals(name.getType()) || MISC.equals(name.getType()))
                        && surnames.contains(tokens[name.getStart()])) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), PERSON, name.getProb());
                }
            }
            return spans;
        });
    }

    /**
     * "Magna International Inc. ... Magna said": a one-word person or misc name that is the first word of an
     * organization's name ending in a head word ("Inc.", "Bank", ...) elsewhere in the document is that organization,
     * unless it is a nationality ("Palestinian" before "Palestinian Authority"). Persons and misc names only: a place
     * is one as often as not ("California" before "California Federal Bank"); on eng.testa, any type: 27 names fewer
     * right; persons and misc names: 3 more.
     */
    static List<Span[]> withShortOrganizationNames(
            List<String[]> sentences, Predicate<String> isNationality, List<Span[]> names) {
        Set<String> firstWords = new java.util.HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            for (Span name : names.get(s)) {
                if (ORGANIZATION.equals(name.getType())
                        && name.length() > 1
                        && isOrganizationHead(tokens[name.getEnd() - 1])) {
                    firstWords.add(tokens[name.getStart()]);
                }
            }
        }
        if (firstWords.isEmpty()) {
            return names;
        }
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Span name = spans[i];
                String word = tokens[name.getStart()];
                if (name.length() == 1
                        && (PERSON.equals(name.getType()) || MISC.equals(name.getType()))
                        && firstWords.contains(word)
                        && !isNationality.test(word)
                        && !ADJECTIVE_OF_PLACE.matcher(word).matches()) {
                    spans[i] = new Span(name.getStart(), name.getEnd(), ORGANIZATION, name.getProb());
                }
            }
            return spans;
        });
    }

    /** Words that make a document a match report: a place's name that wins or loses in one is a team's. */
    private static final Set<String> MATCH_WORDS = Set.of(
            "match",
            "game",
            "goal",
            "goals",
            "season",
            "league",
            "cup",
            "coach",
            "tournament",
            "championship",
            "semi-final",
            "final",
            "quarter-final",
            "playoff",
            "play-off",
            "innings",
            "wickets",
            "points",
            "scored",
            "striker",
            "midfielder",
            "goalkeeper",
            "pitch",
            "halftime",
            "half-time",
            "penalty",
            "referee",
            "division",
            "fixtures");

    /** "Szeged beat Kielce", "Aalborg drew with Szeged": a verb of the result after a team's name. */
    private static final Set<String> RESULT_AFTER_TEAM = Set.of(
            "beat",
            "beats",
            "defeated",
            "edged",
            "thrashed",
            "crushed",
            "routed",
            "overcame",
            "drew",
            "draw",
            "v",
            "vs",
            "vs.");

    /** "victory over Szeged", "against Kielce", "lost to Veszprem": a team's name after its opponent's result. */
    private static final Set<String> RESULT_BEFORE_TEAM =
            Set.of("against", "beat", "beating", "defeated", "v", "vs", "vs.");

    private static final Set<String> WINS = Set.of("victory", "win", "triumph", "defeat", "loss");

    /**
     * Places that field teams as countries do, which the gazetteers' country list leaves out: the nations of the UK,
     * and the continents ("Europe" in the Ryder Cup), which politics speaks of too ("a voice against Europe").
     */
    private static final Set<String> NATIONS_NOT_COUNTRIES = Set.of(
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

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near");

    /**
     * In a match report, a place's name that beats, draws with or plays against another is a club's ("Aalborg will take
     * a two-goal lead ... after victory over Szeged"; "Kent ... in their match against Nottinghamshire"), and so is that
     * name everywhere in the document. A country stays a place: news and CoNLL name national teams by their country.
     */
    static List<Span[]> withTeamsNamedAfterPlaces(
            List<String[]> sentences,
            Predicate<String> isCountry,
            Predicate<String> isNationality,
            Predicate<String> isState,
            List<Span[]> names) {
        // two of the words, not one: "a serious political voice against Europe" in a story that speaks of a "game"
        long matchWords = sentences.stream()
                .flatMap(Arrays::stream)
                .map(token -> token.toLowerCase(Locale.ROOT))
                .filter(MATCH_WORDS::contains)
                .distinct()
                .count();
        if (matchWords < 2) {
            return names;
        }
        Set<String> teams = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            for (Span name : names.get(s)) {
                String text = text(tokens, name.getStart(), name.getEnd());
                if (LOCATION.equals(name.getType())
                        && !isCountry.test(text)
                        && !NATIONS_NOT_COUNTRIES.contains(text.toLowerCase(Locale.ROOT))
                        && !isNationality.test(text)
                        && (playsAMatch(tokens, name) || hasTeamPeopleAfter(tokens, name, isState.test(text)))) {
                    teams.add(text);
                }
            }
        }
        if (teams.isEmpty()) {
            return names;
        }
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            Span[] spans = names.get(s).clone();
            for (int i = 0; i < spans.length; i++) {
                int start = spans[i].getStart();
                // "In St Louis, Tom Pagnozzi had three hits": the place where the match was, not the team
                boolean where = start > 0 && PLACE_PREPOSITIONS.contains(tokens[start - 1].toLowerCase(Locale.ROOT));
                if (LOCATION.equals(spans[i].getType())
                        && !where
                        && teams.contains(text(tokens, start, spans[i].getEnd()))) {
                    spans[i] = new Span(spans[i].getStart(), spans[i].getEnd(), ORGANIZATION, spans[i].getProb());
                }
            }
            result.add(spans);
        }
        return result;
    }

    /**
     * "Nice coach Albert Emon", "Sao Paulo midfielder Andre", "Taibe supporter": the people of a team after its name.
     * In eng.train and testa, each of these words after a place's name that is not a country's (nor England's, nor
     * Scotland's) follows a club's: 43 times, never a city's. Not after a state's: "Texas manager Johnny Oates" is a
     * place in CoNLL, which names American teams by their state as places as often as teams.
     */
    private static final Set<String> TEAM_PEOPLE_AFTER = Set.of(
            "coach",
            "manager",
            "midfielder",
            "defender",
            "striker",
            "goalkeeper",
            "winger",
            "supporter",
            "supporters",
            "fans",
            "players");

    private static boolean hasTeamPeopleAfter(String[] tokens, Span name, boolean isState) {
        return !isState
                && name.getEnd() < tokens.length
                && TEAM_PEOPLE_AFTER.contains(tokens[name.getEnd()].toLowerCase(Locale.ROOT));
    }

    private static boolean playsAMatch(String[] tokens, Span name) {
        String after = name.getEnd() < tokens.length ? tokens[name.getEnd()].toLowerCase(Locale.ROOT) : "";
        String before = name.getStart() > 0 ? tokens[name.getStart() - 1].toLowerCase(Locale.ROOT) : "";
        String twoBefore = name.getStart() > 1 ? tokens[name.getStart() - 2].toLowerCase(Locale.ROOT) : "";
        return RESULT_AFTER_TEAM.contains(after)
                || RESULT_BEFORE_TEAM.contains(before)
                || before.equals("over") && WINS.contains(twoBefore)
                || before.equals("to") && (twoBefore.equals("lost") || twoBefore.equals("losing"));
    }

    /**
     * "Yeltsin endorses Lebed Chechnya peace plan", "the OSCE Chechnya mission": a name the model ran on into a place's
     * name after it is two, where the document names both alone, the first with the type the whole was given. A
     * person's name splits only where its first part is a surname the document gives someone ("Guido Caloi" stays); an
     * organization's does not where it ends with a country or a continent, which names a company's arm ("Nintendo UK",
     * "Lycos Europe"), nor where the gazetteers know the whole as an organization's ("Rotor Volgograd").
     */
    static List<Span[]> withPlacesApart(
            List<String[]> sentences,
            Predicate<String> isCountry,
            Predicate<String> isKnownOrganization,
            List<Span[]> names) {
        Map<String, Map<String, Integer>> typesOf =
                typeCounts(sentences, names, tokens -> true, DocumentNameTagger::text);
        Set<String> surnames = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Span name : names.get(s)) {
                if (PERSON.equals(name.getType()) && name.length() > 1) {
                    surnames.add(sentences.get(s)[name.getEnd() - 1]);
                }
            }
        }
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>();
            for (Span name : found) {
                int last = name.getEnd() - 1;
                String before = text(tokens, name.getStart(), last);
                Set<String> first = typesOf.getOrDefault(before, Map.of()).keySet();
                Set<String> place = typesOf.getOrDefault(tokens[last], Map.of()).keySet();
                if (name.length() >= 2
                        && !LOCATION.equals(name.getType())
                        && !(ORGANIZATION.equals(name.getType())
                                && (isCountry.test(tokens[last])
                                        || NATIONS_NOT_COUNTRIES.contains(tokens[last].toLowerCase(Locale.ROOT))))
                        && first.contains(name.getType())
                        && (!PERSON.equals(name.getType()) || surnames.contains(before))
                        && place.contains(LOCATION)
                        && !isKnownOrganization.test(text(tokens, name.getStart(), name.getEnd()))) {
                    spans.add(new Span(name.getStart(), last, name.getType(), name.getProb()));
                    spans.add(new Span(last, name.getEnd(), LOCATION, name.getProb()));
                } else {
                    spans.add(name);
                }
            }
            return spans.toArray(Span[]::new);
        });
    }

    /** The share of a name's mentions one type must have to retype the others: four in five. */
    private static final double MAJORITY = 0.8;

    /**
     * "It aims to invest $ 200 million in Ruch ... Ruch says": a name the document tags three times or more, with one
     * type at least four times in five, has that type everywhere. Chosen on eng.testa (5,631 → 5,636 names right; a
     * bare majority, three in five, gained less) and eng.train's cross-validation (21,616 → 21,619; three in five
     * lost 13); the first round's relabelling of every repeated name by its majority lost on a weaker model.
     */
    static List<Span[]> withMajorityTypes(List<String[]> sentences, List<Span[]> names) {
        Map<String, Map<String, Integer>> typeCounts =
                typeCounts(sentences, names, tokens -> true, DocumentNameTagger::text);
        return perSentence(sentences, names, (tokens, spans) -> {
            for (int i = 0; i < spans.length; i++) {
                Map<String, Integer> types = typeCounts.get(text(tokens, spans[i].getStart(), spans[i].getEnd()));
                int all = types.values().stream().mapToInt(Integer::intValue).sum();
                String top = mostFrequent(types);
                if (all >= 3 && types.get(top) >= MAJORITY * all && !top.equals(spans[i].getType())) {
                    spans[i] = new Span(spans[i].getStart(), spans[i].getEnd(), top, spans[i].getProb());
                }
            }
            return spans;
        });
    }

    /**
     * "Siemens Healthineers Chief Executive Bernd Montag": a name the document tags whole elsewhere ("Siemens
     * Healthineers", an organization) and here only in pieces ("Siemens", an organization, and "Healthineers", a
     * person) or in part ("Liu Chong" of "Liu Chong Hing") is that name here too, with the type it has most often.
     * The pieces must lie wholly inside it.
     */
    static List<Span[]> withSplitNamesJoined(List<String[]> sentences, List<Span[]> names) {
        Map<String, Map<String, Integer>> typeCounts =
                typeCounts(sentences, names, tokens -> true, DocumentNameTagger::text);
        int longest = longestName(names);
        return perSentence(sentences, names, (tokens, found) -> {
            List<Span> spans = new ArrayList<>(Arrays.asList(found));
            for (int i = 0; i < spans.size(); i++) {
                Span name = spans.get(i);
                for (int end = Math.min(tokens.length, name.getStart() + longest); end > name.getEnd(); end--) {
                    Map<String, Integer> counts = typeCounts.get(text(tokens, name.getStart(), end));
                    if (counts == null
                            || !capitalised(tokens[end - 1])
                            || crossesAName(spans, name.getStart(), end)
                            || listsNames(tokens, spans, name.getStart(), end)) {
                        continue;
                    }
                    int last = end;
                    spans.removeIf(other -> other.getStart() >= name.getStart() && other.getEnd() <= last);
                    spans.add(i, new Span(name.getStart(), end, mostFrequent(counts)));
                    break;
                }
            }
            return spans.toArray(Span[]::new);
        });
    }

    /**
     * Whether an untagged "and", "or" or comma stands between names inside start to end: "Power Page and Apple
     * Insider", tagged whole elsewhere, is two names where they are two.
     */
    private static boolean listsNames(String[] tokens, List<Span> spans, int start, int end) {
        for (int k = start; k < end; k++) {
            int at = k;
            if (LIST_WORDS.contains(tokens[k])
                    && spans.stream().noneMatch(other -> other.getStart() <= at && at < other.getEnd())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",", "&");

    /** Whether a name of the list begins inside start to end and ends after it. */
    private static boolean crossesAName(List<Span> spans, int start, int end) {
        return spans.stream()
                .anyMatch(other -> other.getStart() < end && other.getEnd() > end && other.getStart() >= start);
    }

    static List<Span[]> withRepeatedMentions(List<String[]> sentences, List<Span[]> names) {
        Map<String, Map<String, Integer>> typeCounts =
                typeCounts(sentences, names, tokens -> true, DocumentNameTagger::text);
        int longest = longestName(names);
        if (typeCounts.isEmpty()) {
            return names;
        }
        // "Rachel Donnelly ... Donnelly, 32, lowered her best": a person's surname alone is that person, unless the
        // document uses it as a word too ("Theresa May" and "may", "in May")
        Set<String> words = new HashSet<>();
        for (String[] tokens : sentences) {
            for (String token : tokens) {
                if (!capitalised(token)) {
                    words.add(token);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            for (Span name : names.get(s)) {
                String surname = tokens[name.getEnd() - 1];
                if (PERSON.equals(name.getType())
                        && name.length() >= 2
                        && name.length() <= 3
                        && !words.contains(surname.toLowerCase(Locale.ROOT))
                        && !isMonth(surname)) {
                    typeCounts.putIfAbsent(surname, Map.of(PERSON, 1));
                }
            }
        }
        return perSentence(
                sentences,
                names,
                (tokens, found) -> withKnownRuns(
                        tokens,
                        found,
                        longest,
                        (start, end) -> typeCounts.get(text(tokens, start, end)),
                        (tagged, start, end) -> (capitalised(tokens[start])
                                        || ARABIC_FAMILY_NAME
                                                .matcher(tokens[start])
                                                .matches())
                                // a whole capitalised phrase, not glued to a capitalised neighbour
                                && !(start > 0 && !tagged[start - 1] && capitalised(tokens[start - 1]))
                                && !(end < tokens.length && capitalised(tokens[end]))));
    }

    /**
     * "SOCCER - ROTOR FANS LOCKED OUT", "BARATELLI TO COACH NICE": in a headline all in capitals every word looks like
     * a name's and the model misses names it finds in the story ("Rotor", "Nice"). Words of the headline that are,
     * capitals aside, a name the story's sentences tagged get its type, unless the story also writes the one word in
     * lower case ("WILL", "NICE WEATHER" where "nice" is a word).
     */
    static List<Span[]> withHeadlineMentions(List<String[]> sentences, List<Span[]> names) {
        Map<String, Map<String, Integer>> typeCounts =
                typeCounts(sentences, names, tokens -> !allCapitals(tokens), DocumentNameTagger::upperCase);
        if (typeCounts.isEmpty()) {
            return names;
        }
        Set<String> words = new HashSet<>();
        for (String[] tokens : sentences) {
            if (!allCapitals(tokens)) {
                for (String token : tokens) {
                    if (!capitalised(token)) {
                        words.add(token.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        int longest = longestName(names);
        List<Span[]> result = new ArrayList<>(names.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            result.add(
                    allCapitals(tokens)
                            ? withKnownRuns(
                                    tokens,
                                    names.get(s),
                                    longest,
                                    (start, end) -> typeCounts.get(upperCase(tokens, start, end)),
                                    (tagged, start, end) -> end > start + 1 || !words.contains(tokens[start]))
                            : names.get(s)); // the story's sentences as they were
        }
        return result;
    }

    /** Where a run of tokens may be a name: {@code tagged} marks the tokens already in names. */
    private interface RunCheck {
        boolean allows(boolean[] tagged, int start, int end);
    }

    /** The types a run of tokens was given elsewhere in the document, with their counts, or null. */
    private interface RunTypes {
        Map<String, Integer> of(int start, int end);
    }

    /**
     * The names of a sentence and, from left to right, the longest untagged runs of at most {@code longest} tokens that
     * {@code types} knows and {@code check} allows, each with the type they were given most often.
     */
    private static Span[] withKnownRuns(String[] tokens, Span[] found, int longest, RunTypes types, RunCheck check) {
        List<Span> spans = new ArrayList<>(Arrays.asList(found));
        boolean[] tagged = new boolean[tokens.length];
        for (Span name : found) {
            Arrays.fill(tagged, name.getStart(), name.getEnd(), true);
        }
        for (int start = 0; start < tokens.length; start++) {
            if (tagged[start]) {
                continue;
            }
            for (int end = Math.min(tokens.length, start + longest); end > start; end--) {
                Map<String, Integer> counts = types.of(start, end);
                if (counts == null || untaggedUntil(tagged, start, end) < end || !check.allows(tagged, start, end)) {
                    continue;
                }
                spans.add(new Span(start, end, mostFrequent(counts)));
                Arrays.fill(tagged, start, end, true);
                start = end - 1;
                break;
            }
        }
        spans.sort(null);
        return spans.toArray(Span[]::new);
    }

    /**
     * How often each type was given to each name's text (as {@code key} writes it) in the sentences {@code counted}
     * accepts.
     */
    private static Map<String, Map<String, Integer>> typeCounts(
            List<String[]> sentences, List<Span[]> names, Predicate<String[]> counted, NameKey key) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            if (counted.test(tokens)) {
                for (Span name : names.get(s)) {
                    counts.computeIfAbsent(key.of(tokens, name.getStart(), name.getEnd()), k -> new HashMap<>())
                            .merge(name.getType(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** A name's text as a map's key. */
    private interface NameKey {
        String of(String[] tokens, int start, int end);
    }

    private static int longestName(List<Span[]> names) {
        return names.stream()
                .flatMap(Arrays::stream)
                .mapToInt(Span::length)
                .max()
                .orElse(0);
    }

    private static String upperCase(String[] tokens, int start, int end) {
        return text(tokens, start, end).toUpperCase(Locale.ROOT);
    }

    private static final Set<String> MONTHS = Set.of(
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

    private static int untaggedUntil(boolean[] tagged, int start, int end) {
        int i = start;
        while (i < end && !tagged[i]) {
            i++;
        }
        return i;
    }

    private static String mostFrequent(Map<String, Integer> types) {
        return types.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    private static String text(String[] tokens, int start, int end) {
        return String.join(" ", Arrays.asList(tokens).subList(start, end));
    }
}
