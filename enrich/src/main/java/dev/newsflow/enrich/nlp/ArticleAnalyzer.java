package dev.newsflow.enrich.nlp;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.TopicLabel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Enriches one article at a time: language, named entities (person, organization, location, misc) and topics.
 *
 * <p>Not thread-safe: OpenNLP's tools keep state between calls. Create one analyzer per thread (per stream task)
 * from the shared {@link NlpModels}; the analyzer clears the name finder's adaptive data after every article, so
 * one article never influences the next.
 *
 * <p>The shipped models are English: an article detected as another language gets its language and no entities
 * or topics, rather than wrong ones.
 */
public final class ArticleAnalyzer {

    private static final String ENGLISH = "en";

    private final SentenceDetectorME sentences;
    private final TokenizerME tokens;
    private final LanguageDetectorME languages;
    private final NameFinderME names;
    private final TopicClassifier topics;
    private final NlpModels models;
    private final Clock clock;

    public ArticleAnalyzer(NlpModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokens = new TokenizerME(models.tokens);
        this.languages = new LanguageDetectorME(models.languages);
        this.names = new NameFinderME(models.names);
        this.topics = new TopicClassifier(models.topics);
    }

    public EnrichedArticle enrich(Article article) {
        String language = article.language() != null ? article.language() : detectLanguage(article);
        List<Entity> entities = List.of();
        List<TopicLabel> labels = List.of();
        if (ENGLISH.equals(language)) {
            entities = EntityConsolidation.consolidate(mentions(article.body()));
            labels = topics.classify(article.title() + "\n\n" + article.body());
        }
        return EnrichedArticle.of(article, language, entities, labels, clock.instant(), models.versions());
    }

    private String detectLanguage(Article article) {
        String sample = article.title() + "\n" + article.body();
        return Languages.twoLetter(languages
                .predictLanguage(sample.length() > 4000 ? sample.substring(0, 4000) : sample)
                .getLang());
    }

    private List<Mention> mentions(String body) {
        List<Mention> mentions = new ArrayList<>();
        try {
            for (String paragraph : body.split("\n\n")) {
                for (String sentence : sentences.sentDetect(paragraph)) {
                    Span[] tokenSpans = tokens.tokenizePos(sentence);
                    String[] words = Span.spansToStrings(tokenSpans, sentence);
                    for (Span name : names.find(words)) {
                        int start = tokenSpans[name.getStart()].getStart();
                        int end = tokenSpans[name.getEnd() - 1].getEnd();
                        mentions.add(new Mention(sentence.substring(start, end), typeOf(name.getType())));
                    }
                }
            }
        } finally {
            names.clearAdaptiveData();
        }
        return mentions;
    }

    private static EntityType typeOf(String nameFinderType) {
        return switch (nameFinderType.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "organization", "org" -> EntityType.ORGANIZATION;
            case "location", "loc" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }
}
