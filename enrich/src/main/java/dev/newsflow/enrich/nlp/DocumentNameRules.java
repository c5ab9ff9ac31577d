package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameSpans.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * What the whole document says of a name: the type a name is given most often, repeated mentions the model missed,
 * surnames and short names of people and organizations named in full elsewhere, and names run together that the
 * document names apart. Each rule takes a document's sentences and names and returns the repaired names; {@link
 * DocumentNameTagger} runs them in order.
 */
final class DocumentNameRules {

    private DocumentNameRules() {}

    /**
     * "Goldman Sachs and Deutsche Bank", which the model tags as one organization: where the words either side of
     * "and" are each an organization the gazetteers know and the whole is not ("Marks and Spencer" is), they are two;
     * and so are a name's two sides that the document tags alone elsewhere ("Conservatives and Lib Dems"), each with
     * the type it has there.
     */
    static List<Span[]> withConjoinedOrganizationsSplit(
            List<String[]> sentences, Predicate<String> isKnownOrganization, List<Span[]> names) {
        Map<String, Map<String, Integer>> seen = typeCounts(sentences, names, tokens -> true, NameSpans::text);
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

    /** First words of places and bodies named after saints and crowns, which the persons' list holds too ("St Mary"). */
    private static final Set<String> NOT_OPENING_PERSONS = Set.of("St", "St.", "Saint", "Royal", "University");
    /** Last words of institutions the persons' list holds too ("University College London" aside, "Royal Academy"). */
    private static final Set<String> INSTITUTION_HEADS =
            Set.of("College", "Academy", "School", "Hospital", "Church", "Cathedral", "Abbey", "London");

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
        Map<String, Map<String, Integer>> typesOf = typeCounts(sentences, names, tokens -> true, NameSpans::text);
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
        Map<String, Map<String, Integer>> typeCounts = typeCounts(sentences, names, tokens -> true, NameSpans::text);
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
        Map<String, Map<String, Integer>> typeCounts = typeCounts(sentences, names, tokens -> true, NameSpans::text);
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

    /**
     * Labels repeated mentions alike: where a token sequence that was tagged somewhere in the document occurs again
     * untagged, as a whole capitalised phrase (not glued to a capitalised neighbour), it gets the type it was given
     * most often. It only adds names; it never changes one the model found, which measured worse.
     */
    static List<Span[]> withRepeatedMentions(List<String[]> sentences, List<Span[]> names) {
        Map<String, Map<String, Integer>> typeCounts = typeCounts(sentences, names, tokens -> true, NameSpans::text);
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
                typeCounts(sentences, names, tokens -> !allCapitals(tokens), NameSpans::upperCase);
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
}
