package dev.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers on every dead-letter record: where the record came from and why it could not be processed. Values
 * are UTF-8 strings. The record's key and value are the bytes the failing stage received, unchanged.
 */
public final class DeadLetterHeaders {

    /** The stage that gave up on the record: {@code ingest}, {@code enrich} or {@code sink}. */
    public static final String STAGE = "newsflow.dlq.stage";

    public static final String SOURCE_TOPIC = "newsflow.dlq.source.topic";
    public static final String SOURCE_PARTITION = "newsflow.dlq.source.partition";
    public static final String SOURCE_OFFSET = "newsflow.dlq.source.offset";
    public static final String EXCEPTION_CLASS = "newsflow.dlq.exception.class";
    public static final String EXCEPTION_MESSAGE = "newsflow.dlq.exception.message";

    private DeadLetterHeaders() {}

    /** Adds the headers that describe a failure of {@code stage} on a record read from topic/partition/offset. */
    public static void describe(
            Headers headers, String stage, String topic, int partition, long offset, Throwable failure) {
        put(headers, STAGE, stage);
        put(headers, SOURCE_TOPIC, topic);
        put(headers, SOURCE_PARTITION, Integer.toString(partition));
        put(headers, SOURCE_OFFSET, Long.toString(offset));
        put(headers, EXCEPTION_CLASS, failure.getClass().getName());
        put(headers, EXCEPTION_MESSAGE, String.valueOf(failure.getMessage()));
    }

    public static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
