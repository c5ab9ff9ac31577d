package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations and who said them.
 *
 * <p>Quotation marks are paired in order through each paragraph (curly marks by their shape, straight ones
 * alternately), so a short scare quote never swallows the text up to the next quotation; a quotation left open at a
 * paragraph's end goes on in the next paragraph, which opens with a mark, and keeps its speaker. A quotation is kept
 * when it has at least three words and is not a name or title in quotes ("Ring of Fire"). Its speaker comes from the attribution clause — the words after the quotation up
 * to the end of its sentence ("..., said Maria Keller", "..., she added", "..., the airline said"), else the subject
 * before the reporting verb in the words ahead of it ("Keller said:", "He added that ...") — when that clause holds a
 * reporting verb: the first person named in it (not a possessor, "Jones' lawyer Richard Nicholls"); for "he", "she" or
 * a description ("the 22-year-old") the subject of the last sentence before that names one, since a sentence's
 * subject comes first and the name said last is as often an object; else an organization named in it ("wrote the New
 * York Times"). A colon gives the subject of its sentence the words ("analyst Gael de-Bray was more cautious: ...").
 */
final class Quotes {

    /**
     * The verbs that report speech. Not "comments" or "jokes", which news writes as nouns as often ("Verstappen's
     * comments came after ..." gave the quotation before it to Verstappen).
     */
    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|say|added|adds|told|tells|explained"
            + "|warned|warns|argued|argues|wrote|writes|insisted|insists|noted|declared|declaring|stated|continued"
            + "|asked|replied|proclaimed|admitted|recalled|according to|announced|claimed|claims|described|describes"
            + "|expressing|expressed|explains|commented|predicted|predicts|conceded|concedes|revealed"
            + "|reveals|stressed|stresses|remarked|joked|acknowledged|confirmed|confirms)\\b");

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    /** What stands between a quotation and its verb when a pronoun is the subject: ", he " of '," he said'. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("[\\s,]*(?:he|she|He|She)\\s*");

    private static final int MIN_WORDS = 3;

    /**
     * A quoted name or title, not speech: up to eight words, capitalised but for a few small ones, and no sentence
     * inside ("the Pacific \"Ring of Fire,\"", "his novel \"Ice Cold in Alex\"").
     */
    private static final Pattern NAME_IN_QUOTES = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|a|an|the|of|in|on|at|to|for|from|with|by|and|or|&)){1,7}[,.]?");

    private static boolean isName(String quotation) {
        return NAME_IN_QUOTES.matcher(quotation).matches();
    }

    private Quotes() {}

    /**
     * What {@link #speaker} answers for a speaker the text describes and never names ("the government says"): nobody
     * named, and not the one who spoke before either, as {@code null} would let happen.
     */
    private static final String UNNAMED = new String("unnamed");

    /** Whether the paragraph holds nothing but its quotations: no words outside them say who speaks. */
    private static boolean unattributed(String paragraph, List<Span> spans) {
        StringBuilder outside = new StringBuilder(paragraph);
        for (Span span : spans) {
            for (int i = span.start(); i < Math.min(span.end() + 1, outside.length()); i++) {
                outside.setCharAt(i, ' ');
            }
        }
        return outside.chars().noneMatch(Character::isLetter);
    }

    /** A quotation from its opening mark to its closing one, or to the paragraph's end when it goes on in the next. */
    private record Span(int start, int end, boolean closed) {}

    static List<Quote> in(String body, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        int offset = 0;
        String lastSpeaker = null;
        // a quotation left open at a paragraph's end goes on in the next paragraph, which opens with a quotation mark
        String goesOnFrom = null;
        // who spoke last in the paragraph before, if it quoted anyone
        String spokeLastBefore = null;
        // the body with its quotations blanked, once: who a pronoun points back to is named outside them
        String plainBody = withoutQuotations(body);
        for (String paragraph : body.split("\n\n")) {
            List<Span> spans = quotations(paragraph);
            String leftOpenBy = null;
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                String text = paragraph.substring(span.start() + 1, span.end()).strip();
                if (text.split("\\s+").length < MIN_WORDS || isName(text)) {
                    continue;
                }
                int nextQuote = i + 1 < spans.size() ? spans.get(i + 1).start() : paragraph.length();
                int previousQuote = i > 0 ? spans.get(i - 1).end() + 1 : 0;
                String after =
                        span.closed() ? attributionAfter(text, paragraph.substring(span.end() + 1, nextQuote)) : "";
                String before = sentenceStart(paragraph.substring(previousQuote, span.start()));
                String context = plainBody.substring(0, offset + span.start());
                String speaker = speaker(after, before, context, entities);
                if (speaker == null && span.start() == 0 && goesOnFrom != null) {
                    speaker = goesOnFrom;
                }
                if (speaker == null && !UNNAMED_SPEAKER.matcher(after).find()) {
                    speaker = continuedSpeaker(paragraph.substring(0, span.start()), lastSpeaker, entities);
                }
                boolean closesItsSentence = span.closed() && after.isEmpty() && text.matches(".*[.?!]$");
                if (speaker == null && span.start() == 0 && (unattributed(paragraph, spans) || closesItsSentence)) {
                    // a paragraph that is nothing but quotation, or opens with a whole sentence of it, goes on with the
                    // one who spoke last in the paragraph before: '... Hartmann said.' then '"What convinced us was the
                    // retention." Shares rose ...'
                    speaker = spokeLastBefore;
                }
                if (speaker == UNNAMED) {
                    speaker = null;
                }
                quotes.add(new Quote(text.replaceAll("[,.]$", ""), speaker));
                lastSpeaker = speaker;
                leftOpenBy = span.closed() ? null : speaker;
            }
            spokeLastBefore = spans.isEmpty() ? null : lastSpeaker;
            lastSpeaker = null;
            goesOnFrom = leftOpenBy;
            offset += paragraph.length() + 2;
        }
        return quotes;
    }

    private static List<Span> quotations(String paragraph) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                spans.add(new Span(open, i, true));
                open = -1;
            }
        }
        // left open, the paragraph's last quotation goes on in the next one (Curry said: "... / "..."), if its mark
        // opens one: after a space, before a word; '...events." This week' is a closing mark out of step, as news
        // sites drop one now and then
        boolean opens = open >= 0
                && (open == 0 || Character.isWhitespace(paragraph.charAt(open - 1)))
                && open + 1 < paragraph.length()
                && !Character.isWhitespace(paragraph.charAt(open + 1));
        if (opens) {
            spans.add(new Span(open, paragraph.length(), false));
        }
        return spans;
    }

    /**
     * The words after a quotation that can attribute it: none when the quotation closed its sentence and a new one
     * starts ("...engaged." He added ...), else up to the end of the sentence.
     */
    private static String attributionAfter(String quoted, String following) {
        String next = following.stripLeading();
        boolean sentenceClosedInside = quoted.matches(".*[.?!]$");
        if (sentenceClosedInside && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
            return "";
        }
        return sentenceEnd(following);
    }

    /**
     * An unattributed quotation that goes on from an attributed one in the same paragraph ("...," Kearney said.
     * "He's a kid ...") is the same speaker's; one that follows a sentence introducing a speaker ("..., said Luca
     * Ferri, head of monitoring. "Between two and five ...") is that speaker's.
     */
    private static String continuedSpeaker(String paragraphBefore, String lastSpeaker, List<Entity> entities) {
        if (lastSpeaker != null) {
            return lastSpeaker;
        }
        if (!REPORTING.matcher(paragraphBefore).find()) {
            return null;
        }
        return lastPersonNamedIn(paragraphBefore, entities);
    }

    private static final Pattern ABBREVIATION =
            Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Jr|Sr|Col|Lt|Capt|Sgt|Maj|Brig|Adm|Cmdr|Supt"
                    + "|Insp|Det|Cpl|Rev|Fr)|\\b\\p{Lu})$");

    /** Up to the end of the first sentence, not fooled by "Dr. Nadia Brunner" or "Joseph R. Biden". */
    private static String sentenceEnd(String text) {
        int end = text.indexOf(". ");
        while (end >= 0 && ABBREVIATION.matcher(text.substring(0, end)).find()) {
            end = text.indexOf(". ", end + 2);
        }
        return end < 0 ? text : text.substring(0, end);
    }

    private static String sentenceStart(String text) {
        int start = Math.max(text.lastIndexOf(". "), Math.max(text.lastIndexOf("? "), text.lastIndexOf("! ")));
        return start < 0 ? text : text.substring(start + 2);
    }

    /**
     * {@code context} is the body before the quotation, its quotations blanked. {@code null} where the words around
     * name no speaker, {@link #UNNAMED} where they describe one the text never names.
     */
    private static String speaker(String after, String before, String context, List<Entity> entities) {
        for (String candidate : new String[] {after, before}) {
            var verb = REPORTING.matcher(candidate);
            if (!verb.find()) {
                continue;
            }
            // before the quotation the speaker is the subject, named ahead of the verb ("He said the ..."); so is it
            // after "told", which the listener follows ("..., the Dutchman told Sky Sports": not Sky Sports)
            boolean listenerFollows =
                    verb.group().equals("told") || verb.group().equals("tells");
            String clause = candidate == before || listenerFollows ? candidate.substring(0, verb.start()) : candidate;
            if (clause == candidate
                    && PRONOUN_SUBJECT
                            .matcher(candidate.substring(0, verb.start()))
                            .matches()) {
                // "..., he said in a statement issued by his lawyer, Joana Faria": the subject is the speaker, not a
                // name further on
                return lastSubjectIn(context, entities, EntityType.PERSON);
            }
            if (candidate == before) {
                // "Interviewed on BBC Radio 2's Jeremy Vine show, Mr Howard said": the subject follows the opening
                // phrase
                clause = OPENING_PHRASE.matcher(clause).replaceFirst("");
            }
            // "..., said the 31-year-old." names its subject after the verb, "..., the person said" before it; after
            // the verb only a description this class knows how to resolve counts ("said the champion's rival" does not)
            // the body before the attribution: before the quotation's sentence, or up to the quotation
            String textBefore = context.substring(
                    0, Math.max(0, candidate == before ? context.length() - before.length() : context.length()));
            // "In a statement sent to AFP, the company said": the subject after the opening phrase; "And Australia
            // said"
            String subject = LEADING_CONJUNCTION
                    .matcher(candidate == before ? clause : candidate.substring(0, verb.start()))
                    .replaceFirst("");
            if (candidate == after && subject.isBlank()) {
                String following = SUBJECT_AFTER_VERB
                        .matcher(candidate.substring(verb.end()))
                        .replaceFirst("");
                var described = DESCRIBED_SUBJECT.matcher(following);
                if (UNNAMED_SOURCE.matcher(following).lookingAt()
                        || AGED.matcher(following).lookingAt()
                        || described.matches() && isKnownDescription(described.group(1))) {
                    subject = following;
                }
            }
            var unnamed = UNNAMED_SOURCE.matcher(subject);
            if (unnamed.lookingAt()) {
                var appositive = APPOSITIVE_NAME.matcher(subject.substring(unnamed.end()));
                String named =
                        appositive.matches() ? firstNamed(appositive.group(1), entities, EntityType.PERSON) : null;
                if (named != null) {
                    return named; // "..., a Romanian Waters official, Sorin Dobre, said": the name that follows
                }
                // "..., a person familiar with the matter said", "..., the official said": a source the text keeps
                // unnamed; "a Commission official" speaks for the Commission
                String organization = firstNamed(unnamed.group(), entities, EntityType.ORGANIZATION);
                return organization != null ? organization : UNNAMED;
            }
            if (ANONYMOUS.matcher(candidate).find()) {
                return UNNAMED; // "..., who declined to be named because he was not authorised to speak, said"
            }
            var aged = AGED.matcher(subject);
            if (aged.lookingAt()) {
                // "..., said the 31-year-old": the person the text gives that age ("McAleese, the 31-year-old from
                // Ballymoney", "Kowalski, 30,"), where it does
                String person = personAged(aged.group(1), textBefore, entities);
                if (person != null) {
                    return person;
                }
            }
            // a possessor is not who speaks: "Jones' lawyer Richard Nicholls said"
            String person = firstNamed(clause, entities, EntityType.PERSON, true);
            if (person != null) {
                return person;
            }
            var spokesperson = SPOKESPERSON_FOR.matcher(subject);
            if (spokesperson.lookingAt()) {
                // "a White House spokesperson", "a spokesman for the Kremlin": a place names the body it houses
                String named = firstNamed(subject, entities, EntityType.ORGANIZATION);
                if (named == null) {
                    var housing = HOUSING_PLACE.matcher(subject);
                    named = housing.lookingAt() ? firstNamed(housing.group(1), entities, EntityType.LOCATION) : null;
                }
                if (named == null) {
                    named = firstNamed(subject, entities, EntityType.MISC); // "a spokesperson for Six Nations Rugby"
                }
                if (named == null && INDEFINITE.matcher(subject).lookingAt()) {
                    // "But the Home Office defended the measures. A spokesman said:": the body the sentence before
                    // opens with, or someone unnamed ("a spokesperson for the utility"); "the spokesperson" is the one
                    // spoken of before, found below
                    String previous = lastSentenceOf(textBefore);
                    named = organizationOpening(previous, entities);
                    return named != null ? named : UNNAMED;
                }
                if (named != null) {
                    return named;
                }
            }
            var pronoun = PRONOUN.matcher(clause);
            if (pronoun.find()) {
                int at = candidate == before ? context.length() - before.length() + pronoun.start() : context.length();
                return lastSubjectIn(context.substring(0, Math.max(0, at)), entities, EntityType.PERSON);
            }
            // "The 28-year-old, who missed last year's championship, added:": the clause about the subject goes
            var described =
                    DESCRIBED_SUBJECT.matcher(RELATIVE_CLAUSE.matcher(subject).replaceFirst(" "));
            boolean describedPerson = described.matches() && MEMBERS.contains(described.group(1));
            String organization = firstNamed(clause, entities, EntityType.ORGANIZATION);
            if (organization != null && !describedPerson) {
                return organization; // not "..., the Ferrari driver said", whose organization only says which driver
            }
            String place = firstNamed(subject, entities, EntityType.LOCATION);
            if (place != null && isCalled(subject.strip().replaceFirst("^the\\s+", ""), place, entities)) {
                return place; // "Parks Canada said", "Japan said": a place the model took a body for, or a country
            }
            if (described.matches()) {
                // "..., the Spaniard said", "..., the airline said": someone or something named before
                String head = described.group(1).toLowerCase(java.util.Locale.ROOT);
                if (NOT_SPEAKERS.contains(head)) {
                    return null; // "..., the statement said"
                }
                if (UNNAMED_GROUPS.contains(head)) {
                    return UNNAMED; // "..., wrote the judges": many people, none named
                }
                if (head.equals("office")
                        && !POSSESSIVE_AFTER.matcher(described.group()).find()) {
                    // "..., the tourist office said": one of many offices, named only if the text gives its name;
                    // "the prime minister's office" speaks for the prime minister
                    return UNNAMED;
                }
                if (NAMED_BY_HEAD.containsKey(head)) {
                    // "..., the ministry said" is the ministry named last ("the Ministry of Health"), not the company
                    // named last; a ministry the text never names is someone unnamed
                    String named = lastOrganizationCalled(NAMED_BY_HEAD.get(head), textBefore, entities);
                    return named != null ? named : UNNAMED;
                }
                if (OFTEN_NAMED_BY_HEAD.containsKey(head)) {
                    String named = lastOrganizationCalled(OFTEN_NAMED_BY_HEAD.get(head), textBefore, entities);
                    if (named != null) {
                        return named;
                    }
                }
                if (Nationalities.isNationNoun(head)) {
                    // "..., the Spaniard said" is the one the text calls Spanish, not the last one named, if named
                    // lately: the one Spaniard the text names need not be the one it speaks of
                    String named = Nationalities.personOf(head, textBefore, entities);
                    if (named != null && namedIn(lastParagraphs(textBefore, 2), named, entities)) {
                        return named;
                    }
                }
                // "..., the council's spokesperson said": who speaks for an organization speaks as it
                EntityType type = ORGANIZATION_WORDS.contains(head) || SPOKESPEOPLE.contains(head)
                        ? EntityType.ORGANIZATION
                        : EntityType.PERSON;
                return lastSubjectIn(textBefore, entities, type);
            }
        }
        // "At Deutsche Bank, analyst Gael de-Bray was more cautious: "...": a colon gives the subject the words
        if (before.stripTrailing().endsWith(":")) {
            String person = firstNamed(before, entities, EntityType.PERSON);
            return person != null ? person : firstNamed(before, entities, EntityType.ORGANIZATION);
        }
        return null;
    }

    /**
     * The subject of an attribution that names no one, "the Spaniard", "the 22-year-old", "the Chancellor of the
     * Exchequer", "The airline": group 1 is its head word, the last before any "of".
     */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile(
            "[\\s,]*(?:the|The)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?([\\p{L}\\d-]+)(?:\\s+(?:of|in|at)\\s+[\\p{L}\\s'’-]+?)?\\s*");
    /**
     * After an attributing verb, its subject up to the end of the sentence or the next clause: "said the 31-year-old"
     * of "..., said the 31-year-old, who ...": what this removes is what follows the subject.
     */
    private static final Pattern SUBJECT_AFTER_VERB = Pattern.compile(
            "(?:[,;.].*|\\s+(?:as|in|on|at|after|before|when|while|during|from|to|because|who|which)\\s.*)$",
            Pattern.DOTALL);

    /**
     * A source the text does not name: "a person familiar with the matter", "an official with the organising
     * committee", "a Commission official", "the person", "the officials", "one source".
     */
    private static final Pattern UNNAMED_SOURCE = Pattern.compile("[\\s,]*(?:(?:a|an|one|another|A|An|One|Another)"
            + "\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:senior\\s+|government\\s+|company\\s+)?|(?:the|The)\\s+)"
            + "(?:person|people|source|sources|official|officials|insider|insiders|diplomat|diplomats)\\b(?!\\s+\\p{Lu})"
            + "(?:\\s+(?:familiar|close|with|briefed|who|in|at|from|involved)\\b[^,]*)?");

    /** A name set off by commas after a description, and nothing else: ", Sorin Dobre, ". */
    private static final Pattern APPOSITIVE_NAME = Pattern.compile("\\s*,\\s*(\\p{Lu}[^,]*?)\\s*,?\\s*");

    /** "the 31-year-old", "the 27-year-old American": group 1 is the age. */
    private static final Pattern AGED = Pattern.compile("[\\s,]*(?:the|The)\\s+(\\d{1,3})-year-old\\b");

    /**
     * The person the text gives an age, where it gives it last: "Kowalski, 30,", "McAleese, the 31-year-old from ...",
     * "67-year-old retiree Carol Jennings", "Ana Silva (24)": the person named nearest to it, within a few words.
     */
    private static String personAged(String age, String text, List<Entity> entities) {
        Matcher given = Pattern.compile(",\\s+(?:the\\s+|a\\s+)?" + age + "(?:-year-old\\b|\\s*,)|\\(" + age
                        + "\\)|\\b(?:aged\\s+)?" + age + "-year-old\\b|\\baged\\s+" + age + "\\b")
                .matcher(text);
        String person = null;
        while (given.find()) {
            int from = Math.max(0, given.start() - 40);
            int to = Math.min(text.length(), given.end() + 40);
            // the name just before the age ("Kowalski, 30,"), else the one just after ("67-year-old retiree Carol")
            String named =
                    lastNamedIn(text.substring(from, given.start()), entities, e -> e.type() == EntityType.PERSON);
            if (named == null) {
                named = firstNamed(text.substring(given.end(), to), entities, EntityType.PERSON);
            }
            if (named != null) {
                person = named;
            }
        }
        return person;
    }

    /** What a source the text keeps unnamed is said to have asked: "who declined to be named", "on condition of anonymity". */
    private static final Pattern ANONYMOUS =
            Pattern.compile("\\b(?:(?:asked|wished|requested|declined)\\s+not\\s+to\\s+be"
                    + "|declined\\s+to\\s+be)\\s+(?:named|identified)\\b|\\bon\\s+condition\\s+of\\s+anonymity\\b");

    /** A relative clause between a subject and its verb: ", who missed last year's championship, ". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:who|which)\\b.*$");

    /** Heads of a described subject that are an organization, not a person. */
    private static final java.util.Set<String> ORGANIZATION_WORDS = java.util.Set.of(
            "company",
            "firm",
            "group",
            "airline",
            "carmaker",
            "automaker",
            "retailer",
            "bank",
            "lender",
            "insurer",
            "agency",
            "ministry",
            "department",
            "club",
            "team",
            "authority",
            "government",
            "council",
            "union",
            "institute",
            "organisation",
            "organization",
            "commission",
            "board",
            "party",
            "federation",
            "association",
            "regulator",
            "utility",
            "operator",
            "broadcaster",
            "station",
            "body",
            "network",
            "newspaper",
            "service",
            "court",
            "embassy",
            "watchdog",
            "carrier",
            "broker",
            "startup",
            "chain",
            "manufacturer",
            "exchange",
            "charity",
            "police");
    /**
     * Heads whose organizations carry the word, or one of a few words, in their names ("Ministry of Defence",
     * "Metropolitan Police", "the Supreme Court", "United Auto Workers"): "the ministry" is one of those or unnamed,
     * never another organization ("..., the union said" is no bank an analyst spoke for).
     */
    private static final Map<String, List<String>> NAMED_BY_HEAD = Map.of(
            "ministry", List.of("ministry"),
            "department", List.of("department"),
            "police", List.of("police"),
            "court", List.of("court"),
            "government", List.of("government"),
            "embassy", List.of("embassy"),
            "union", List.of("union", "workers", "federation", "confederation", "association", "guild"));
    /**
     * Heads whose organizations carry one of a few words in their names more often than not ("the City watchdog" is
     * the "Financial Conduct Authority", not the bank it fined; "the media watchdog" may be "Ofcom").
     */
    private static final Map<String, List<String>> OFTEN_NAMED_BY_HEAD = Map.of(
            "watchdog", List.of("authority", "commission", "regulator", "office", "board", "agency"),
            "regulator", List.of("authority", "commission", "regulator", "office", "board", "agency"));

    /** The organization named last in the text whose name holds one of the words ("Ministry of Health"). */
    private static String lastOrganizationCalled(List<String> words, String text, List<Entity> entities) {
        return lastNamedIn(text, entities, entity -> {
            String name = entity.name().toLowerCase(java.util.Locale.ROOT);
            return entity.type() == EntityType.ORGANIZATION
                    && words.stream().anyMatch(word -> indexOfWord(name, word) >= 0);
        });
    }

    /**
     * An attribution to someone new and unnamed ("..., said one banker involved in the deal", "..., a source told
     * Reuters"): the quotation is theirs, not the speaker's before it.
     */
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile("^[\\s,]*(?:(?:said|says|added|told)\\s+)?"
            + "(?:one|a|an|another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:said|says|told|added|[\\p{Ll}-]+(?=[\\s,.]|$))");

    /** An unnamed spokesperson, with whom they speak for: "a White House spokesperson", "a spokesman for X". */
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("[\\s,]*(?:a|an|A|An|the|The)\\s+"
            + "(?:[\\p{L}'’.-]+\\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|spokespeople)\\b");

    /** "a White House spokesperson", "a Kremlin spokesman": group 1 is the place right before the word. */
    private static final Pattern HOUSING_PLACE = Pattern.compile(
            "[\\s,]*(?:a|an|A|An|the|The)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3})(?:spokesman|spokeswoman|spokesperson)\\b");

    /** Who speaks for an organization. */
    private static final java.util.Set<String> SPOKESPEOPLE =
            java.util.Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative");
    /**
     * A phrase that opens a sentence ahead of its subject, up to its comma: "Interviewed on ...,", "At Deutsche
     * Bank,", "Speaking after the match,".
     */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^\\s*(?:And|But|So|Yet)\\s+");

    private static final Pattern OPENING_PHRASE = Pattern.compile(
            "^\\s*(?:\\p{Lu}\\p{Ll}+(?:ed|ing)|In|At|On|After|Before|Since|When|While|Although|Though|As|Despite|With"
                    + "|Without|Under|Like|Unlike|Asked|Later|Earlier|Meanwhile|However|Separately|Elsewhere|Afterwards)"
                    + "\\b[^,]*,");
    /**
     * A sentence whose subject is someone new, described and not named ("A spokesman for the association said"), or a
     * spokesperson ("The executive spokeswoman said"): a pronoun after it points to that speaker, whom no name gives.
     * "The Amnesty secretary-general said" points back to someone named before, and is not one.
     */
    private static final Pattern DESCRIBED_SPEAKER = Pattern.compile(
            "^\\s*(?:(?:A|An)\\s+(?:[\\p{L}'’-]+\\s+){0,8}?"
                    + "|The\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|spokespeople|representative)"
                    + "\\s+(?:[\\p{L}'’-]+\\s+){0,4}?)(?:said|says|told|added|explained|warned|argued|insisted|noted|stated)\\b");
    /**
     * What a description names someone by when it names their organization too ("the Ferrari driver", "the Chelsea
     * manager"): the organization only says which one. Not "the Bank's minutes", "the Commons motion".
     */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of(
            "driver",
            "rider",
            "player",
            "captain",
            "striker",
            "midfielder",
            "defender",
            "forward",
            "goalkeeper",
            "winger",
            "manager",
            "coach",
            "boss",
            "executive",
            "chief",
            "analyst",
            "economist",
            "strategist",
            "chairman",
            "chairwoman",
            "founder",
            "president",
            "minister",
            "official");

    /**
     * A sentence whose subject is someone described, "The 22-year-old said", "The Spaniard, who ..., has": "The", up to
     * three words in lower case and a word for a person ({@link #hasDescribedSubject}) before a verb.
     */
    private static final Pattern DESCRIBED_SENTENCE_SUBJECT =
            Pattern.compile("\\s*The\\s+(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*\\s+){0,3}?"
                    + "([\\p{L}\\d][\\p{L}\\d'’-]*)(?:,[^,]{1,80},)?\\s+(?:said|says|told|added|admitted|insisted|explained|revealed"
                    + "|believes|thinks|has|had|is|was|will|would|needs|wants|won|lost|beat)\\b");

    /** What else news calls someone it named before: "The world number one", "the champion", "the teenager". */
    private static final java.util.Set<String> DESCRIBED_PEOPLE = java.util.Set.of(
            "one",
            "champion",
            "star",
            "veteran",
            "youngster",
            "teenager",
            "winner",
            "seed",
            "holder",
            // trades and positions: "said the Gloucester fly-half", "said the 74-year-old comedian"
            "athlete",
            "sprinter",
            "runner",
            "golfer",
            "boxer",
            "swimmer",
            "cyclist",
            "jockey",
            "batsman",
            "bowler",
            "full-back",
            "fly-half",
            "scrum-half",
            "flanker",
            "comedian",
            "actor",
            "actress",
            "singer",
            "rapper",
            "novelist",
            "director",
            "musician",
            // offices: "said the mayor" after "Mayor Dale Hinrichsen", "the team principal said"
            "mayor",
            "governor",
            "premier",
            "chancellor",
            "senator",
            "principal",
            "commissioner",
            "judge");

    /** A sentence that opens with an organization described, not named: "The company did not ...". */
    private static final Pattern DESCRIBED_ORGANIZATION_SUBJECT =
            Pattern.compile("\\s*The\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}+)\\s+\\p{Ll}");

    private static boolean hasDescribedOrganizationSubject(String sentence) {
        var described = DESCRIBED_ORGANIZATION_SUBJECT.matcher(sentence);
        return described.lookingAt() && ORGANIZATION_WORDS.contains(described.group(1));
    }

    private static boolean hasDescribedSubject(String sentence) {
        var described = DESCRIBED_SENTENCE_SUBJECT.matcher(sentence);
        if (!described.lookingAt()) {
            return false;
        }
        String head = described.group(1);
        return head.endsWith("-old") // "The 22-year-old"
                || MEMBERS.contains(head)
                || DESCRIBED_PEOPLE.contains(head)
                || Nationalities.isNationNoun(head);
    }

    /** Whether this class resolves a description with this head word ("the 22-year-old", "the airline"). */
    private static boolean isKnownDescription(String head) {
        String word = head.toLowerCase(java.util.Locale.ROOT);
        return word.endsWith("-old")
                || MEMBERS.contains(word)
                || DESCRIBED_PEOPLE.contains(word)
                || Nationalities.isNationNoun(head)
                || ORGANIZATION_WORDS.contains(word)
                || SPOKESPEOPLE.contains(word)
                || NAMED_BY_HEAD.containsKey(word)
                || OFTEN_NAMED_BY_HEAD.containsKey(word)
                || UNNAMED_GROUPS.contains(word)
                || NOT_SPEAKERS.contains(word);
    }

    /** Heads of a described subject that are many people the text does not name one by one ("the judges"). */
    private static final java.util.Set<String> UNNAMED_GROUPS = java.util.Set.of(
            "judges",
            "jury",
            "panel",
            "organisers",
            "organizers",
            "researchers",
            "scientists",
            "authors",
            "experts",
            "campaigners",
            "critics",
            "residents",
            "witnesses");

    /** Heads of a described subject that speak for no one in particular ("..., the statement said"). */
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of(
            "statement",
            "report",
            "minutes",
            "document",
            "letter",
            "study",
            "survey",
            "note",
            "filing",
            "email",
            "post",
            "website",
            "data",
            "figures",
            "poll",
            "paper",
            "release");

    /** "a", "an" or "one" opening a subject, after the punctuation between a quotation and it. */
    private static final Pattern INDEFINITE = Pattern.compile("[\\s,]*(?:a|an|one|A|An|One)\\s");

    /** What may stand before a sentence's subject: "But the Home Office ...", "A Mittal Steel spokesman ...". */
    private static final Pattern BEFORE_SUBJECT =
            Pattern.compile("^\\s*(?:(?:But|And|However|Meanwhile)\\s*,?\\s+)?(?:(?:the|The|A|An)\\s+)?");

    /** The organization a sentence opens with, as its subject: "But the Home Office defended the measures." */
    private static String organizationOpening(String sentence, List<Entity> entities) {
        String rest = BEFORE_SUBJECT.matcher(sentence).replaceFirst("");
        for (Entity entity : entities) {
            if (entity.type() == EntityType.ORGANIZATION
                    && forms(entity).stream()
                            .anyMatch(form -> rest.startsWith(form + " ") || rest.startsWith(form + "'s"))) {
                return entity.name();
            }
        }
        return null;
    }

    /** The last sentence of the text, opening phrase aside ("In Paris, ..."). */
    private static String lastSentenceOf(String plain) {
        int end = plain.length();
        while (end > 0 && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        return sentenceEndingAt(plain, end);
    }

    /** The sentence of the text that ends at {@code end}, opening phrase aside. */
    private static String sentenceEndingAt(String plain, int end) {
        return OPENING_PHRASE
                .matcher(plain.substring(startOfSentence(plain, end), end))
                .replaceFirst("");
    }

    private static int startOfSentence(String plain, int end) {
        int start = end;
        while (start > 0 && !endsSentence(plain, start)) {
            start--;
        }
        return start;
    }

    /**
     * The speaker a pronoun or a description points back to: the first name of the type in the last sentence before
     * that names one, outside quotations, since a sentence's subject comes first ("Guardiola said De Bruyne would be
     * assessed. '...,' he said" is Guardiola's) and a name quoted is not who speaks: {@code plain} is the text before,
     * its quotations blanked ({@link #withoutQuotations}).
     */
    private static String lastSubjectIn(String plain, List<Entity> entities, EntityType type) {
        int end = plain.length();
        while (end > 0) {
            int start = startOfSentence(plain, end);
            // "In a statement released through her attorney Rich Nichols, Jones repeated ...": Jones is the subject
            String sentence = sentenceEndingAt(plain, end);
            var describedSpeaker = DESCRIBED_SPEAKER.matcher(sentence);
            if (type == EntityType.PERSON && describedSpeaker.find()) {
                // "A spokeswoman for Albion Grenadiers said ... '...,' she said": who speaks for an organization
                // speaks as it; otherwise the speaker is the one described, not someone named earlier
                String described = describedSpeaker.group();
                String named = firstNamed(described, entities, EntityType.PERSON); // "spokesman Vincent Cable said"
                return named == null && SPOKESPERSON_FOR.matcher(described).lookingAt()
                        ? firstNamed(described, entities, EntityType.ORGANIZATION)
                        : named;
            }
            if (type == EntityType.PERSON && ANONYMOUS.matcher(sentence).find()) {
                return UNNAMED; // "A doctor, who asked not to be named, said ... '...,' he said": no one named
            }
            // "The 22-year-old said he had recovered from the injury against Alex de Minaur": the subject is the one
            // described, named further back; the name after the verb is not who the description points to
            // "The company did not name the customer, but analysts believe it to be Nvidia": an organization
            // described as the subject is the one named further back, not the one named after it
            boolean described = type == EntityType.PERSON
                    ? hasDescribedSubject(sentence)
                    : hasDescribedOrganizationSubject(sentence);
            String named = described ? null : firstNamed(sentence, entities, type, true);
            if (named != null) {
                return named;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * Whether a sentence starts at {@code at}: after ". ", "? ", "! " or a paragraph break, not after "Mr. "; or after
     * a quotation and before a capital ('... by now." Gerrard had said'), the quotation having closed the sentence.
     */
    private static boolean endsSentence(String text, int at) {
        if (at < 2 || !Character.isWhitespace(text.charAt(at - 1))) {
            return false;
        }
        char mark = text.charAt(at - 2);
        if (mark == '\n') {
            return true;
        }
        if ((mark == '"' || mark == '”') && at < text.length() && Character.isUpperCase(text.charAt(at))) {
            return true;
        }
        // a sentence opens with a capital or a quotation mark, not "No. 1"
        boolean opens =
                at < text.length() && !Character.isLowerCase(text.charAt(at)) && !Character.isDigit(text.charAt(at));
        return (mark == '.' || mark == '?' || mark == '!')
                && opens
                && !ABBREVIATION
                        .matcher(text)
                        .region(Math.max(0, at - 2 - ABBREVIATION_LOOKBACK), at - 2)
                        .useTransparentBounds(true)
                        .find();
    }

    /** Enough characters before a period to tell an abbreviation ("Sen", "Mr"), without copying the text before it. */
    private static final int ABBREVIATION_LOOKBACK = 8;

    /** The text with every quotation blanked, paired in each paragraph as {@link #quotations} pairs them. */
    private static String withoutQuotations(String text) {
        StringBuilder plain = new StringBuilder(text);
        int paragraphStart = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            for (Span span : quotations(paragraph)) {
                for (int i = span.start(); i < span.end(); i++) {
                    plain.setCharAt(paragraphStart + i, ' ');
                }
            }
            paragraphStart += paragraph.length() + 2;
        }
        return plain.toString();
    }

    /** Whether the words are the entity's name or one of its aliases ("US" of "United States"). */
    private static boolean isCalled(String words, String name, List<Entity> entities) {
        return entities.stream().filter(entity -> entity.name().equals(name)).anyMatch(entity -> forms(entity)
                .contains(words));
    }

    private static String firstNamed(String clause, List<Entity> entities, EntityType type) {
        return firstNamed(clause, entities, type, false);
    }

    /** The entity of the type named first in the clause; a possessor ("Matt Williams' side") is no subject. */
    private static String firstNamed(String clause, List<Entity> entities, EntityType type, boolean subjectOnly) {
        String found = null;
        int first = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.type() != type) {
                continue;
            }
            for (String form : forms(entity)) {
                int at = indexOfWord(clause, form);
                while (subjectOnly
                        && at >= 0
                        && POSSESSIVE_AFTER
                                .matcher(clause)
                                .region(at + form.length(), clause.length())
                                .lookingAt()) {
                    at = indexOfWord(clause, form, at + 1);
                }
                if (at >= 0 && at < first) {
                    first = at;
                    found = entity.name();
                }
            }
        }
        return found;
    }

    /** The text's last {@code count} paragraphs, the one it ends in among them. */
    private static String lastParagraphs(String text, int count) {
        int at = text.length();
        for (int i = 0; i < count && at > 0; i++) {
            int previous = text.lastIndexOf("\n\n", at - 1);
            at = previous < 0 ? 0 : previous;
        }
        return text.substring(at);
    }

    private static boolean namedIn(String text, String name, List<Entity> entities) {
        return entities.stream()
                .filter(entity -> entity.name().equals(name))
                .flatMap(entity -> forms(entity).stream())
                .anyMatch(form -> indexOfWord(text, form) >= 0);
    }

    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s?\\b|['’]\\s");

    private static String lastPersonNamedIn(String text, List<Entity> entities) {
        return lastNamedIn(text, entities, entity -> entity.type() == EntityType.PERSON);
    }

    /** The entity of those chosen whose name or alias the text holds last. */
    private static String lastNamedIn(String text, List<Entity> entities, java.util.function.Predicate<Entity> chosen) {
        String found = null;
        int last = -1;
        for (Entity entity : entities) {
            if (!chosen.test(entity)) {
                continue;
            }
            for (String form : forms(entity)) {
                int at = text.lastIndexOf(form);
                if (at > last) {
                    last = at;
                    found = entity.name();
                }
            }
        }
        return found;
    }

    private static List<String> forms(Entity entity) {
        List<String> forms = new ArrayList<>(entity.aliases());
        forms.add(entity.name());
        return forms;
    }

    private static int indexOfWord(String text, String word) {
        return indexOfWord(text, word, 0);
    }

    private static int indexOfWord(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
