package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Quote;
import dev.newsflow.model.TopicLabel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.util.Span;

/**
 * Enriches one article at a time: language, named entities (person, organization, location, misc by the name
 * finder; date, money, percent by rules) consolidated per referent, IPTC topics, direct quotes with their
 * speakers, key phrases, an extractive summary, word count and reading time.
 *
 * <p>Not thread-safe: OpenNLP's tools keep state between calls. Create one analyzer per thread (per stream task)
 * from the shared {@link NlpModels}. Each article's body is tagged as one document by a {@link DocumentNameTagger},
 * which clears the name finder's adaptive data before and after it, so one article never influences the next.
 *
 * <p>The shipped models are English: an article detected as another language gets its language and no entities
 * or topics, rather than wrong ones.
 */
public final class ArticleAnalyzer {

    private static final String ENGLISH = "en";
    /** Adult silent reading speed for non-fiction in English (Brysbaert, 2019: 238 wpm), rounded down. */
    private static final int WORDS_PER_MINUTE = 230;

    private static final int LANGUAGE_SAMPLE = 1000;

    private final SentenceSplitter sentences;
    private final LanguageDetectorME languages;
    private final DocumentNameTagger names;
    private final TopicClassifier topics;
    private final NlpModels models;
    private final Clock clock;

    public ArticleAnalyzer(NlpModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
        this.sentences = new SentenceSplitter(models.sentences, models.tokens);
        this.languages = new LanguageDetectorME(models.languages);
        this.names = new DocumentNameTagger(models.names);
        this.topics = new TopicClassifier(models.topics);
    }

    public EnrichedArticle enrich(Article article) {
        String language = article.language() != null ? article.language() : detectLanguage(article);
        int words = wordCount(article.body());
        int readingMinutes = (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        if (!ENGLISH.equals(language)) {
            return EnrichedArticle.of(
                    article,
                    language,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    words,
                    readingMinutes,
                    clock.instant(),
                    models.versions());
        }
        List<Sentence> body = sentences.split(article.body());
        List<Mention> mentions = new ArrayList<>(names(body));
        body.forEach(sentence -> mentions.addAll(NumericEntities.find(sentence)));
        List<Entity> entities = EntityConsolidation.consolidate(mentions, article.body(), body.size());
        List<TopicLabel> labels = topics.classify(article.title() + "\n\n" + article.body());
        List<Quote> quotes = Quotes.in(article.body(), entities);
        return EnrichedArticle.of(
                article,
                language,
                entities,
                labels,
                quotes,
                KeyPhrases.of(article.title() + "\n" + article.body()),
                Summary.of(body),
                words,
                readingMinutes,
                clock.instant(),
                models.versions());
    }

    private static int wordCount(String text) {
        int count = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private String detectLanguage(Article article) {
        String sample = article.title() + "\n" + article.body();
        // the detector's cost grows with the text, its accuracy stops growing long before 1,000 characters
        return Languages.twoLetter(languages
                .predictLanguage(sample.length() > LANGUAGE_SAMPLE ? sample.substring(0, LANGUAGE_SAMPLE) : sample)
                .getLang());
    }

    /** Tags the whole body as one document, so that its sentences inform each other (see DocumentNameTagger). */
    List<Mention> names(List<Sentence> sentences) {
        List<Mention> mentions = new ArrayList<>();
        List<Span[]> found = names.find(sentences.stream().map(Sentence::tokens).toList());
        Optional<String> dateline = sentences.isEmpty()
                ? Optional.empty()
                : Dateline.place(sentences.get(0).text());
        for (int s = 0; s < found.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (Span name : found.get(s)) {
                int start = name.getStart();
                if ("person".equals(name.getType())
                        && start > 0
                        && Character.isUpperCase(sentence.tokens()[start - 1].charAt(0))
                        && NameBoundaryRules.isRoyalTitle(sentence.tokens()[start - 1])) {
                    start--; // "Prince Harry" is how the news names him; the tagger's span is CoNLL's "Harry"
                }
                String text = sentence.textOf(start, name.getEnd());
                if (s == 0 && Dateline.covers(sentence.text(), sentence.tokenSpans()[name.getStart()].getStart())) {
                    // the dateline's place is added below, whatever the name finder made of it; its date names no one
                    // ("LONDON, Jan 9 (Reuters) -": "Jan" is no person)
                    continue;
                }
                mentions.add(new Mention(text, typeOf(name.getType()), s, opensSentence(sentence.tokens(), name)));
            }
        }
        // named as written, "Oslo", so that it is the "Oslo" of the text, or reads as a name where the text has none
        dateline.ifPresent(line -> Dateline.places(line)
                .forEach(place -> mentions.add(new Mention(Dateline.written(place), EntityType.LOCATION, 0, false))));
        return mentions;
    }

    /** Whether the name opens its sentence, or a quotation or bracket there: '"Ash is a real danger," said ...'. */
    private static boolean opensSentence(String[] tokens, Span name) {
        for (int i = 0; i < name.getStart(); i++) {
            if (!OPENING_MARKS.contains(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OPENING_MARKS = Set.of("\"", "“", "‘", "'", "(", "[", "—", "-", "–");

    private static EntityType typeOf(String nameFinderType) {
        return switch (nameFinderType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "organization", "org" -> EntityType.ORGANIZATION;
            case "location", "loc" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }
}
