package dev.newsflow.sink;

import dev.newsflow.model.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How the sink consumes and stores.
 *
 * @param kafka Kafka client properties (at least {@code bootstrap.servers}; TLS, SASL and the like pass through)
 * @param topics the sink reads {@link Topics#enriched()} and dead-letters into {@link Topics#deadLetter()}
 * @param storeUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DATABASE?user=...}
 * @param groupId the consumer group; instances sharing it share the partitions
 * @param maxRetryBackoff the longest wait between two attempts to write a batch the store refused
 */
public record SinkConfig(Properties kafka, Topics topics, String storeUrl, String groupId, Duration maxRetryBackoff) {

    public static final String DEFAULT_GROUP_ID = "newsflow-sink";

    public SinkConfig {
        if (kafka.getProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException("the sink needs bootstrap.servers");
        }
        StoreDialect.of(storeUrl);
    }

    public SinkConfig(Properties kafka, Topics topics, String storeUrl) {
        this(kafka, topics, storeUrl, DEFAULT_GROUP_ID, Duration.ofSeconds(30));
    }

    Properties consumerProperties() {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // offsets are committed by hand, after the database commit; enrich writes transactionally
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    Properties deadLetterProducerProperties() {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-sink-dlq");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
