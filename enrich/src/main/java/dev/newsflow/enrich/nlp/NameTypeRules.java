package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameSpans.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * What a name's own words and the words around it say of its type: head words ("Kessel Bank"), kinds before a name
 * ("the band Snow Patrol", "the village of Mahala"), media, events, works and storms. Each rule takes a document's
 * sentences and names and returns the retyped names; {@link DocumentNameTagger} runs them in order.
 */
final class NameTypeRules {

    private NameTypeRules() {}

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

    /** What a nationality's adjective ends like, beyond {@link NameSpans#ADJECTIVE_OF_PLACE}: "Yugoslav", "Dutch", "Iraqi". */
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

    /**
     * Kinds of body a name follows ("the band Snow Patrol", "national carrier EgyptAir"); not a trade a person has too:
     * "said broker Shakil Rizvi" (eng.testa), "publisher Rupert Murdoch".
     */
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

    /** What software and devices are based on, which the gazetteers do not list as products. */
    private static final Set<String> PLATFORMS =
            Set.of("Linux", "Unix", "Windows", "Android", "Java", "Web", "Internet", "Mac", "Intel", "Arm", "ARM");
}
