package dev.newsflow.enrich;

import dev.newsflow.enrich.dedup.BandAnswer;
import dev.newsflow.enrich.dedup.BandIndexProcessor;
import dev.newsflow.enrich.dedup.BandRequest;
import dev.newsflow.enrich.dedup.DedupJoinProcessor;
import dev.newsflow.enrich.dedup.DedupSerdes;
import dev.newsflow.enrich.dedup.DedupSettings;
import dev.newsflow.enrich.dedup.DedupStores;
import dev.newsflow.enrich.dedup.Fingerprinter;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Topics;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology: raw topic → {@link EnrichProcessor} → near-duplicate detection → enriched topic, or
 * dead-letter topic for records that cannot be enriched.
 *
 * <p>Values are read as bytes and parsed inside the processor, so that a record that is not an article is
 * dead-lettered with its reason and its original bytes, instead of failing the stream thread.
 *
 * <p>Near-duplicates are found across all partitions in three steps joined by two internal repartition topics:
 * <ol>
 *   <li>on the raw article's partition, {@link EnrichProcessor} enriches the article, keeps it in
 *       {@link DedupStores#ARTICLES} and sends one {@link BandRequest} per LSH band, keyed by bucket key, to
 *       {@code <application.id>-dedup-bands-repartition};
 *   <li>on the bucket key's partition, {@link BandIndexProcessor} looks the article up in the bucket
 *       ({@link DedupStores#BUCKETS}), inserts it, and answers with the earlier similar articles, keyed by article
 *       id, on {@code <application.id>-dedup-answers-repartition};
 *   <li>back on the article's partition, {@link DedupJoinProcessor} waits for all bands and publishes the enriched
 *       article with {@code duplicateOf} set to the earliest match; an article whose answers do not all come within
 *       {@link DedupSettings#answerTimeout()} (one was dead-lettered, say) is published with those that came.
 * </ol>
 * Steps 1 and 3 share two stores and so a sub-topology: the answers topic must have as many partitions as the raw
 * topic, which Kafka Streams ensures by deriving both repartition topics' partition counts from the raw topic's.
 */
public final class EnrichTopology {

    static final String SOURCE = "raw-articles";
    static final String PROCESSOR = "enrich";
    static final String ENRICHED = "enriched-articles";
    static final String DEAD_LETTER = "dead-letters";
    static final String BANDS = "dedup-bands";
    static final String ANSWERS = "dedup-answers";

    private EnrichTopology() {}

    public static Topology build(Topics topics, NlpModels models, Clock clock) {
        return build(topics, models, clock, DedupSettings.defaults());
    }

    public static Topology build(Topics topics, NlpModels models, Clock clock, DedupSettings dedup) {
        Fingerprinter fingerprinter = new Fingerprinter(dedup);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(DedupStores.articles());
        builder.addStateStore(DedupStores.buckets());
        builder.addStateStore(DedupStores.pending());

        KStream<String, Object> processed = builder.stream(
                        topics.raw().name(),
                        Consumed.with(topics.raw().keySerde(), Serdes.ByteArray())
                                .withName(SOURCE))
                .process(
                        () -> new EnrichProcessor(topics, models, clock, fingerprinter),
                        Named.as(PROCESSOR),
                        DedupStores.ARTICLES,
                        DedupStores.PENDING);

        processed
                .filter((id, value) -> value instanceof EnrichProcessor.DeadLetter, Named.as("dead-letter-filter"))
                .mapValues(value -> ((EnrichProcessor.DeadLetter) value).bytes(), Named.as("dead-letter-cast"))
                .to(
                        topics.deadLetter().name(),
                        Produced.with(
                                        topics.deadLetter().keySerde(),
                                        topics.deadLetter().valueSerde())
                                .withName(DEAD_LETTER));
        processed
                .filter((id, value) -> value instanceof EnrichedArticle, Named.as("unfingerprinted-filter"))
                .mapValues(value -> (EnrichedArticle) value, Named.as("unfingerprinted-cast"))
                .to(topics.enriched().name(), enriched(topics, ENRICHED + "-unfingerprinted"));
        processed
                .filter((key, value) -> value instanceof BandRequest, Named.as("band-request-filter"))
                .mapValues(value -> (BandRequest) value, Named.as("band-request-cast"))
                .repartition(Repartitioned.with(Serdes.String(), DedupSerdes.bandRequest())
                        .withName(BANDS))
                .process(() -> new BandIndexProcessor(fingerprinter), Named.as("dedup-index"), DedupStores.BUCKETS)
                .repartition(Repartitioned.<String, BandAnswer>with(Serdes.String(), DedupSerdes.bandAnswer())
                        .withName(ANSWERS))
                .process(
                        () -> new DedupJoinProcessor(dedup),
                        Named.as("dedup-join"),
                        DedupStores.ARTICLES,
                        DedupStores.PENDING)
                .to(topics.enriched().name(), enriched(topics, ENRICHED));
        return builder.build();
    }

    private static Produced<String, EnrichedArticle> enriched(Topics topics, String name) {
        return Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde())
                .withName(name);
    }
}
