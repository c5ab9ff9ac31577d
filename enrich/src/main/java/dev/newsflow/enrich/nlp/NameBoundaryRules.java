package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.NameSpans.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Where a name starts and ends: the tokens the model took in or left out of a name ("Health Minister Alexandru
 * Rafila" is no portfolio's; "St James ' Park" is one name; "Tory MP Boris Johnson" is two). Each rule takes a
 * document's sentences and names and returns the repaired names; {@link DocumentNameTagger} runs them in order.
 */
final class NameBoundaryRules {

    private NameBoundaryRules() {}

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

    /** Places whose names hold their "The" (eng.train and eng.testa tag "The Netherlands" whole at a sentence's start). */
    private static final Set<String> PLACES_WITH_THE = Set.of("Hague", "Netherlands", "Gambia", "Bahamas");

    /** "Nineteen-year-old", "31-year-old": an age written as one word. */
    private static final Pattern AGE = Pattern.compile("[\\p{L}\\d]+-years?-old", Pattern.CASE_INSENSITIVE);

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

    /**
     * "Iraqi News Agency", "Japanese Food Agency": the model tags the nationality (misc) and the body after it apart; a
     * nationality right before an organization that ends with a head word ({@link NameSpans#ORGANIZATION_HEADS}) opens its name
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

    /** Whether the words are capitalised, but for {@link NameSpans#TITLE_SMALL_WORDS}, and start with a capital. */
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
}
