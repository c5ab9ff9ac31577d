package dev.newsflow.enrich;

import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Topics;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;

/**
 * The enrich topology: raw topic → {@link EnrichProcessor} → enriched topic, or dead-letter topic for records
 * that cannot be enriched.
 *
 * <p>Values are read as bytes and parsed inside the processor, so that a record that is not an article is
 * dead-lettered with its reason and its original bytes, instead of failing the stream thread.
 */
public final class EnrichTopology {

    static final String SOURCE = "raw-articles";
    static final String PROCESSOR = "enrich";
    static final String ENRICHED = "enriched-articles";
    static final String DEAD_LETTER = "dead-letters";

    private EnrichTopology() {}

    @SuppressWarnings("unchecked")
    public static Topology build(Topics topics, NlpModels models, Clock clock) {
        Topology topology = new Topology();
        topology.addSource(
                SOURCE,
                topics.raw().keySerde().deserializer(),
                topics.deadLetter().valueSerde().deserializer(),
                topics.raw().name());
        topology.addProcessor(PROCESSOR, () -> new EnrichProcessor(topics, models, clock), SOURCE);
        topology.addSink(
                ENRICHED,
                topics.enriched().name(),
                topics.enriched().keySerde().serializer(),
                (Serializer<Object>)
                        (Serializer<?>) topics.enriched().valueSerde().serializer(),
                PROCESSOR);
        topology.addSink(
                DEAD_LETTER,
                topics.deadLetter().name(),
                topics.deadLetter().keySerde().serializer(),
                (Serializer<Object>)
                        (Serializer<?>) topics.deadLetter().valueSerde().serializer(),
                PROCESSOR);
        return topology;
    }
}
