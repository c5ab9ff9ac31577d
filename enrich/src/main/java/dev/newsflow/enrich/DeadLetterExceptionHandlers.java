package dev.newsflow.enrich;

import dev.newsflow.model.DeadLetterHeaders;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams error handlers that send the failing input record to the dead-letter topic, unchanged, with
 * {@link DeadLetterHeaders}, and let the application go on. {@link EnrichProcessor} dead-letters what it can
 * foresee itself; these catch the rest: a record that cannot be read, a failure that escapes a processor, an
 * enriched record the broker refuses (too large, say). A retriable broker error is retried instead.
 */
final class DeadLetterExceptionHandlers {

    /** The Streams property naming the dead-letter topic for these handlers. */
    static final String TOPIC_CONFIG = "newsflow.dead.letter.topic";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterExceptionHandlers.class);
    private static final String STAGE = "enrich";

    private DeadLetterExceptionHandlers() {}

    private static List<ProducerRecord<byte[], byte[]>> deadLetter(
            String topic, ErrorHandlerContext context, Exception failure) {
        log.warn(
                "dead-lettering {}-{}@{}: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                failure.toString());
        ProducerRecord<byte[], byte[]> letter =
                new ProducerRecord<>(topic, null, context.sourceRawKey(), context.sourceRawValue());
        DeadLetterHeaders.describe(
                letter.headers(), STAGE, context.topic(), context.partition(), context.offset(), failure);
        return List.of(letter);
    }

    private static String topic(Map<String, ?> configs) {
        Object topic = configs.get(TOPIC_CONFIG);
        if (topic == null) {
            throw new IllegalStateException(TOPIC_CONFIG + " is not set");
        }
        return topic.toString();
    }

    /** What the three handlers share: the dead-letter topic they write to, read from the Streams properties. */
    private abstract static class DeadLettering implements Configurable {
        String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = topic(configs);
        }
    }

    public static final class Deserialization extends DeadLettering implements DeserializationExceptionHandler {

        @Override
        public Response handleError(
                ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
            return Response.resume(deadLetter(topic, context, exception));
        }
    }

    public static final class Processing extends DeadLettering implements ProcessingExceptionHandler {

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            return Response.resume(deadLetter(topic, context, exception));
        }
    }

    public static final class Production extends DeadLettering implements ProductionExceptionHandler {

        @Override
        public Response handleError(
                ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            return Response.resume(deadLetter(topic, context, exception));
        }

        @Override
        public Response handleSerializationError(
                ErrorHandlerContext context,
                ProducerRecord record,
                Exception exception,
                SerializationExceptionOrigin origin) {
            return Response.resume(deadLetter(topic, context, exception));
        }
    }
}
