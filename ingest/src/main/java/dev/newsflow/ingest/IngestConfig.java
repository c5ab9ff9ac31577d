package dev.newsflow.ingest;

import dev.newsflow.model.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How ingest publishes.
 *
 * @param kafka Kafka client properties (at least {@code bootstrap.servers}; TLS, SASL and the like pass through)
 * @param topics the pipeline's topics; ingest writes to {@link Topics#raw()}
 */
public record IngestConfig(Properties kafka, Topics topics) {

    public IngestConfig {
        if (kafka.getProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException("ingest needs bootstrap.servers");
        }
    }

    /** Producer properties: the user's, with idempotence and full acknowledgement enforced. */
    Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(kafka);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // never lose or reorder an article on a retry: these two are not the user's to weaken
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
