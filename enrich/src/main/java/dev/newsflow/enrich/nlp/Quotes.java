package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Direct quotations and who said them.
 *
 * <p>Quotation marks are paired in order through each paragraph (curly marks by their shape, straight ones
 * alternately), so a short scare quote never swallows the text up to the next quotation. A quotation is kept when
 * it has at least three words. Its speaker comes from the attribution clause — the words after the quotation up
 * to the end of its sentence ("..., said Maria Keller", "..., proclaimed columnist David Ignatius", "..., she
 * added"), else the subject before the reporting verb in the words ahead of it ("Keller said:", "He added that
 * ...") — when that clause holds a reporting verb: the first person entity named in it, else for "he" or "she" the person named last before, else
 * an organization named in it ("wrote the New York Times").
 */
final class Quotes {

    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|say|added|adds|told|tells|explained"
            + "|warned|warns|argued|argues|wrote|writes|insisted|insists|noted|declared|declaring|stated|continued"
            + "|asked|replied|proclaimed|admitted|recalled|according to|announced|claimed|claims)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    /** What stands between a quotation and its verb when a pronoun is the subject: ", he " of '," he said'. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("[\\s,]*(?:he|she|He|She)\\s*");

    private static final int MIN_WORDS = 3;

    private Quotes() {}

    private record Span(int start, int end) {}

    static List<Quote> in(String body, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        int offset = 0;
        String lastSpeaker = null;
        for (String paragraph : body.split("\n\n")) {
            List<Span> spans = quotations(paragraph);
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                String text = paragraph.substring(span.start() + 1, span.end()).strip();
                if (text.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                int nextQuote = i + 1 < spans.size() ? spans.get(i + 1).start() : paragraph.length();
                int previousQuote = i > 0 ? spans.get(i - 1).end() + 1 : 0;
                String after = attributionAfter(text, paragraph.substring(span.end() + 1, nextQuote));
                String before = sentenceStart(paragraph.substring(previousQuote, span.start()));
                String context = body.substring(0, offset + span.start());
                String speaker = speaker(after, before, context, entities);
                if (speaker == null) {
                    speaker = continuedSpeaker(paragraph.substring(0, span.start()), lastSpeaker, entities);
                }
                quotes.add(new Quote(text.replaceAll("[,.]$", ""), speaker));
                lastSpeaker = speaker;
            }
            lastSpeaker = null;
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
                spans.add(new Span(open, i));
                open = -1;
            }
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
            Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Jr|Sr)|\\b\\p{Lu})$");

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
                return lastPersonNamedIn(context, entities);
            }
            String person = firstNamed(clause, entities, EntityType.PERSON);
            if (person != null) {
                return person;
            }
            var pronoun = PRONOUN.matcher(clause);
            if (pronoun.find()) {
                int at = candidate == before ? context.length() - before.length() + pronoun.start() : context.length();
                return lastPersonNamedIn(context.substring(0, Math.max(0, at)), entities);
            }
            String organization = firstNamed(clause, entities, EntityType.ORGANIZATION);
            if (organization != null) {
                return organization;
            }
        }
        return null;
    }

    private static String firstNamed(String clause, List<Entity> entities, EntityType type) {
        String found = null;
        int first = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.type() != type) {
                continue;
            }
            for (String form : forms(entity)) {
                int at = indexOfWord(clause, form);
                if (at >= 0 && at < first) {
                    first = at;
                    found = entity.name();
                }
            }
        }
        return found;
    }

    private static String lastPersonNamedIn(String text, List<Entity> entities) {
        String speaker = null;
        int last = -1;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (String form : forms(entity)) {
                int at = text.lastIndexOf(form);
                if (at > last) {
                    last = at;
                    speaker = entity.name();
                }
            }
        }
        return speaker;
    }

    private static List<String> forms(Entity entity) {
        List<String> forms = new ArrayList<>(entity.aliases());
        forms.add(entity.name());
        return forms;
    }

    private static int indexOfWord(String text, String word) {
        int at = text.indexOf(word);
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
