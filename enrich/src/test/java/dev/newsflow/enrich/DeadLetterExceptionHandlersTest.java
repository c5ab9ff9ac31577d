package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlersTest {

    private final DeadLetterExceptionHandlers.Production handler = new DeadLetterExceptionHandlers.Production();
    private final ProducerRecord<byte[], byte[]> enriched = new ProducerRecord<>("enriched", new byte[0], new byte[0]);

    private static ErrorHandlerContext from(String topic, int partition, long offset) {
        return new ErrorHandlerContext() {
            public String topic() {
                return topic;
            }

            public int partition() {
                return partition;
            }

            public long offset() {
                return offset;
            }

            public Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "enrich";
            }

            public TaskId taskId() {
                return new TaskId(0, partition);
            }

            public long timestamp() {
                return 0;
            }

            public byte[] sourceRawKey() {
                return "id-1".getBytes(StandardCharsets.UTF_8);
            }

            public byte[] sourceRawValue() {
                return "{\"title\":\"big\"}".getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Test
    void shouldDeadLetterTheInputOfAnEnrichedRecordTheBrokerRefuses() {
        handler.configure(Map.of(DeadLetterExceptionHandlers.TOPIC_CONFIG, "dlq"));

        ProductionExceptionHandler.Response response = handler.handleError(
                from("raw", 2, 41), enriched, new RecordTooLargeException("1.2 MB is more than 1 MB"));

        assertEquals(ProductionExceptionHandler.Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> letter =
                response.deadLetterQueueRecords().get(0);
        assertEquals("dlq", letter.topic());
        assertEquals("id-1", new String(letter.key(), StandardCharsets.UTF_8));
        assertEquals("{\"title\":\"big\"}", new String(letter.value(), StandardCharsets.UTF_8));
        assertEquals(
                "raw",
                DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)
                        .orElseThrow());
        assertEquals(
                "41",
                DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET)
                        .orElseThrow());
        assertEquals(
                RecordTooLargeException.class.getName(),
                DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.EXCEPTION_CLASS)
                        .orElseThrow());
    }

    @Test
    void shouldRetryWhatTheBrokerMayStillAccept() {
        handler.configure(Map.of(DeadLetterExceptionHandlers.TOPIC_CONFIG, "dlq"));

        ProductionExceptionHandler.Response response =
                handler.handleError(from("raw", 0, 1), enriched, new TimeoutException("no leader yet"));

        assertEquals(ProductionExceptionHandler.Result.RETRY, response.result());
    }
}
