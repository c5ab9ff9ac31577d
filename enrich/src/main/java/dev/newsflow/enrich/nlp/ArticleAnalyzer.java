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
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Enriches one article at a time: language, named entities (person, organization, location, misc) and topics.
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

    private final SentenceDetectorME sentences;
    private final TokenizerME tokens;
    private final LanguageDetectorME languages;
    private final DocumentNameTagger names;
    private final TopicClassifier topics;
    private final NlpModels models;
    private final Clock clock;

    public ArticleAnalyzer(NlpModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokens = new TokenizerME(models.tokens);
        this.languages = new LanguageDetectorME(models.languages);
        this.names = new DocumentNameTagger(models.names);
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

    /** Tags the whole body as one document, so that its sentences inform each other (see DocumentNameTagger). */
    private List<Mention> mentions(String body) {
        List<String> sentenceTexts = new ArrayList<>();
        List<Span[]> tokenSpans = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        for (String paragraph : body.split("\n\n")) {
            for (String sentence : sentences.sentDetect(paragraph)) {
                Span[] spans = tokens.tokenizePos(sentence);
                if (spans.length > 0) {
                    sentenceTexts.add(sentence);
                    tokenSpans.add(spans);
                    words.add(Span.spansToStrings(spans, sentence));
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        List<Span[]> found = names.find(words);
        for (int s = 0; s < found.size(); s++) {
            for (Span name : found.get(s)) {
                int start = tokenSpans.get(s)[name.getStart()].getStart();
                int end = tokenSpans.get(s)[name.getEnd() - 1].getEnd();
                mentions.add(new Mention(sentenceTexts.get(s).substring(start, end), typeOf(name.getType())));
            }
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
