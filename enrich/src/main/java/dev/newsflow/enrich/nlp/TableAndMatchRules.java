package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameSpans.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Names in tables and sport: rows of prices and standings, press digests' mastheads, rosters of players, and places
 * that play a match (a club's name). Each rule takes a document's sentences and names and returns the repaired names;
 * {@link DocumentNameTagger} runs them in order.
 */
final class TableAndMatchRules {

    private TableAndMatchRules() {}

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
            int words = leadingWords(tokens, ROW_NAME_WORD);
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
            int words = leadingWords(tokens, STANDINGS_NAME_WORD);
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

    /** How many tokens open the sentence that the pattern matches: the words of a table row's name. */
    private static int leadingWords(String[] tokens, Pattern word) {
        int words = 0;
        while (words < tokens.length && word.matcher(tokens[words]).matches()) {
            words++;
        }
        return words;
    }

    /** A word of a team's name in a table of standings, or a bracket around the town that tells two clubs apart. */
    private static final Pattern STANDINGS_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.&'-]*|[()]");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    private static final Pattern ROW_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}.&'-]*");
    private static final Pattern UNSIGNED_FIGURE = Pattern.compile("[\\d.,/]*\\d[\\d.,/-]*");

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

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near");

    /**
     * In a match report, a place's name that beats, draws with or plays against another is a club's ("Aalborg will take
     * a two-goal lead ... after victory over Szeged"; "Kent ... in their match against Nottinghamshire"), and so is that
     * name everywhere in the document. A country stays a place: news and CoNLL name national teams by their country. So
     * is a one-word name the model took for a person or misc before a team's people ("Chelsea boss Jose Mourinho",
     * "Saracens coach") where the gazetteers list it as a place or an organization: eng.train and testa have no
     * person's name before those words.
     */
    static List<Span[]> withTeamsNamedAfterPlaces(
            List<String[]> sentences,
            Predicate<String> isCountry,
            Predicate<String> isNationality,
            Predicate<String> isState,
            Predicate<String> isPlaceOrBody,
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
                        && (playsAMatch(tokens, name) || hasTeamPeopleAfter(tokens, name) && !isState.test(text))) {
                    teams.add(text);
                } else if ((PERSON.equals(name.getType()) || MISC.equals(name.getType()))
                        && name.length() == 1
                        && hasTeamPeopleAfter(tokens, name)
                        && isPlaceOrBody.test(text)
                        && !isCountry.test(text)
                        && !isNationality.test(text)
                        && !isState.test(text)) {
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
                String type = spans[i].getType();
                if ((LOCATION.equals(type) && !where || PERSON.equals(type) || MISC.equals(type))
                        && teams.contains(text(tokens, start, spans[i].getEnd()))) {
                    spans[i] = new Span(spans[i].getStart(), spans[i].getEnd(), ORGANIZATION, spans[i].getProb());
                }
            }
            result.add(spans);
        }
        return result;
    }

    /**
     * "Nice coach Albert Emon", "Sao Paulo midfielder Andre", "Taibe supporter", "Chelsea boss": the people of a team
     * after its name ("boss" is news's word, not CoNLL's).
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
            "players",
            "boss");

    private static boolean hasTeamPeopleAfter(String[] tokens, Span name) {
        return name.getEnd() < tokens.length
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
}
