package dev.newsflow.enrich;

import dev.newsflow.enrich.dedup.DedupSettings;
import dev.newsflow.model.Topics;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How enrich runs.
 *
 * @param kafka Kafka client properties (at least {@code bootstrap.servers}; TLS, SASL and the like pass through;
 *     any Kafka Streams property too, e.g. {@code num.stream.threads})
 * @param topics enrich reads {@link Topics#raw()} and writes {@link Topics#enriched()} and
 *     {@link Topics#deadLetter()}
 * @param applicationId the Kafka Streams application id: instances sharing it share the partitions
 * @param stateDir where Kafka Streams keeps its local state
 * @param dedup how near-duplicates are found
 */
public record EnrichConfig(
        Properties kafka, Topics topics, String applicationId, String stateDir, DedupSettings dedup) {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

    public EnrichConfig {
        if (kafka.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException("enrich needs bootstrap.servers");
        }
        java.util.Objects.requireNonNull(dedup, "dedup");
    }

    /** With the default near-duplicate settings. */
    public EnrichConfig(Properties kafka, Topics topics, String applicationId, String stateDir) {
        this(kafka, topics, applicationId, stateDir, DedupSettings.defaults());
    }

    /** Streams properties: the user's, with exactly-once processing and newsflow's error handlers enforced. */
    Properties streamsProperties() {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandlers.Deserialization.class);
        props.put(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandlers.Processing.class);
        props.put(
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterExceptionHandlers.Production.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(DeadLetterExceptionHandlers.TOPIC_CONFIG, topics.deadLetter().name());
        return props;
    }
}
