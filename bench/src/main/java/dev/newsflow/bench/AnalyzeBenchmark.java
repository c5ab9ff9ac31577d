package dev.newsflow.bench;

import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Article;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * The whole enrichment of one article, as {@code newsflow analyze} and the enrich stage run it (language, sentences,
 * tokens, names, consolidation, topics), on one thread: the numbers are per core.
 *
 * <p>Each operation enriches the next article of the corpus (the repository's {@code samples/} unless
 * {@code -p corpus=FOLDER}); JMH reports articles/s as the operation rate, and tokens/s (OpenNLP's
 * {@code SimpleTokenizer} count of title and body) as an auxiliary counter. Run:
 * {@code java -jar bench/target/benchmarks.jar AnalyzeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class AnalyzeBenchmark {

    @Param("samples")
    public String corpus;

    private List<Article> articles;
    private int[] tokens;
    private ArticleAnalyzer analyzer;
    private int next;

    /** Rates JMH reports beside the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public long tokens;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
        }
    }

    @Setup
    public void load() {
        articles = Corpus.articles(corpus);
        tokens = articles.stream()
                .mapToInt(a -> SimpleTokenizer.INSTANCE.tokenize(a.title() + "\n" + a.body()).length)
                .toArray();
        analyzer = new ArticleAnalyzer(NlpModels.load(), Clock.systemUTC());
    }

    @Benchmark
    public Object enrichOneArticle(Volume volume) {
        int index = next;
        next = (next + 1) % articles.size();
        volume.tokens += tokens[index];
        return analyzer.enrich(articles.get(index));
    }
}
