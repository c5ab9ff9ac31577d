package dev.newsflow.enrich.nlp;

import dev.newsflow.bench.Corpus;
import dev.newsflow.model.Article;
import dev.newsflow.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each step of {@link ArticleAnalyzer} alone, per article, on one thread, so that the share of time per component
 * is the inverse of each score over the sum of the inverses. It lives in the analyzer's package to reach its
 * package-private steps; the inputs of each step are prepared once in setup, as the analyzer would hand them over.
 * Run: {@code java -jar bench/target/benchmarks.jar ComponentBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ComponentBenchmark {

    @Param("samples")
    public String corpus;

    private List<Article> articles;
    private List<List<Sentence>> sentences;
    private List<List<Mention>> mentions;
    private List<List<Entity>> entities;
    private LanguageDetectorME languages;
    private SentenceSplitter splitter;
    private DocumentNameTagger names;
    private TopicClassifier topics;
    private int next;

    @Setup
    public void load() {
        articles = Corpus.articles(corpus);
        NlpModels models = NlpModels.load();
        languages = new LanguageDetectorME(models.languages);
        splitter = new SentenceSplitter(models.sentences, models.tokens);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(models, java.time.Clock.systemUTC());
        names = new DocumentNameTagger(models.names);
        topics = new TopicClassifier(models.topics);
        sentences = articles.stream().map(a -> splitter.split(a.body())).toList();
        mentions = new ArrayList<>();
        entities = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Mention> found = analyzer.names(sentences.get(i));
            mentions.add(found);
            entities.add(EntityConsolidation.consolidate(
                    found, articles.get(i).body(), sentences.get(i).size()));
        }
    }

    private int nextArticle() {
        int index = next;
        next = (next + 1) % articles.size();
        return index;
    }

    @Benchmark
    public Object language() {
        Article article = articles.get(nextArticle());
        String sample = article.title() + "\n" + article.body();
        return languages.predictLanguage(sample.substring(0, Math.min(sample.length(), 1000)));
    }

    @Benchmark
    public Object sentencesAndTokens() {
        return splitter.split(articles.get(nextArticle()).body());
    }

    @Benchmark
    public Object nameFinder() {
        return names.find(
                sentences.get(nextArticle()).stream().map(Sentence::tokens).toList());
    }

    @Benchmark
    public Object rulesAndConsolidation() {
        int i = nextArticle();
        List<Mention> all = new ArrayList<>(mentions.get(i));
        sentences.get(i).forEach(sentence -> all.addAll(NumericEntities.find(sentence)));
        return EntityConsolidation.consolidate(
                all, articles.get(i).body(), sentences.get(i).size());
    }

    @Benchmark
    public Object topics() {
        Article article = articles.get(nextArticle());
        return topics.classify(article.title() + "\n\n" + article.body());
    }

    @Benchmark
    public Object quotesKeyPhrasesSummary() {
        int i = nextArticle();
        Article article = articles.get(i);
        return List.of(
                Quotes.in(article.body(), entities.get(i)),
                KeyPhrases.of(article.title() + "\n" + article.body()),
                String.valueOf(Summary.of(sentences.get(i))));
    }
}
