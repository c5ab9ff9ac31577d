package dev.newsflow.enrich;

import dev.newsflow.enrich.nlp.NlpModels;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich stage: runs {@link EnrichTopology} as a Kafka Streams application with exactly-once processing. Run
 * more instances with the same application id to share the raw topic's partitions.
 */
public final class EnrichApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;

    public EnrichApp(EnrichConfig config, NlpModels models, Clock clock) {
        this.streams = new KafkaStreams(
                EnrichTopology.build(config.topics(), models, clock, config.dedup()), config.streamsProperties());
        // records that fail are dead-lettered by the processor and the handlers; what still escapes is a bug or a
        // broker failure, after which a fresh thread resumes from the last committed transaction
        streams.setUncaughtExceptionHandler(failure -> {
            log.error("enrich stream thread failed; replacing it", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        // leave the group now: otherwise the next start waits a whole session timeout for this member to expire
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
