package dev.newsflow.enrich;

import dev.newsflow.enrich.dedup.ArticleState;
import dev.newsflow.enrich.dedup.DedupRequests;
import dev.newsflow.enrich.dedup.DedupStores;
import dev.newsflow.enrich.dedup.Fingerprinter;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Article;
import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Topics;
import java.time.Clock;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a raw article, enriches it and forwards the {@link dev.newsflow.enrich.dedup.BandRequest}s that start its
 * near-duplicate lookup ({@link DedupRequests}; an article without a word to fingerprint is forwarded enriched as it
 * is), or, when the record is not an article or the analysis fails, forwards the record as received, as a {@link DeadLetter}, with
 * {@link DeadLetterHeaders} saying where it came from and why.
 *
 * <p>One instance per stream task, each with its own {@link ArticleAnalyzer}: the OpenNLP tools are not
 * thread-safe.
 */
final class EnrichProcessor implements Processor<String, byte[], String, Object> {

    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Topics topics;
    private final ArticleAnalyzer analyzer;
    private final Fingerprinter fingerprinter;
    private ProcessorContext<String, Object> context;
    private DedupRequests dedup;

    EnrichProcessor(Topics topics, NlpModels models, Clock clock, Fingerprinter fingerprinter) {
        this.topics = topics;
        this.analyzer = new ArticleAnalyzer(models, clock);
        this.fingerprinter = fingerprinter;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        KeyValueStore<String, ArticleState> articles = context.getStateStore(DedupStores.ARTICLES);
        KeyValueStore<String, Long> pending = context.getStateStore(DedupStores.PENDING);
        this.dedup = new DedupRequests(fingerprinter, articles, pending);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        try {
            Article article = topics.raw()
                    .valueSerde()
                    .deserializer()
                    .deserialize(topics.raw().name(), record.value());
            if (article == null) {
                throw new SerializationException("empty record: a raw article was expected");
            }
            EnrichedArticle enriched = analyzer.enrich(article);
            dedup.start(enriched, record.timestamp(), context.currentSystemTimeMs())
                    .forEach(context::forward);
        } catch (RuntimeException | StackOverflowError failure) {
            deadLetter(record, failure);
        }
    }

    private void deadLetter(Record<String, byte[]> record, Throwable failure) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        log.warn(
                "dead-lettering {}-{}@{} (key {}): {}",
                source.topic(),
                source.partition(),
                source.offset(),
                record.key(),
                failure.toString());
        Record<String, Object> letter =
                new Record<>(record.key(), new DeadLetter(record.value()), record.timestamp(), record.headers());
        DeadLetterHeaders.describe(
                letter.headers(), "enrich", source.topic(), source.partition(), source.offset(), failure);
        context.forward(letter);
    }

    /** A record to dead-letter: the bytes received, possibly null (a tombstone). */
    record DeadLetter(byte[] bytes) {}
}
