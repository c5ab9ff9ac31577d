package dev.newsflow.model;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics of one pipeline. Keys are article ids everywhere.
 *
 * @param raw articles as ingest publishes them
 * @param enriched articles with entities and topics, as enrich publishes them
 * @param deadLetter records a stage could not process, as the bytes it received, with {@link DeadLetterHeaders}
 */
public record Topics(
        Topic<String, Article> raw, Topic<String, EnrichedArticle> enriched, Topic<String, byte[]> deadLetter) {

    public static final String DEFAULT_RAW = "news.articles.raw";
    public static final String DEFAULT_ENRICHED = "news.articles.enriched";
    public static final String DEFAULT_DEAD_LETTER = "news.articles.dlq";
    public static final int DEFAULT_PARTITIONS = 3;

    /** The default names, each topic with {@link #DEFAULT_PARTITIONS} partitions. */
    public static Topics defaults() {
        return named(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTER, DEFAULT_PARTITIONS);
    }

    public static Topics named(String raw, String enriched, String deadLetter, int partitions) {
        return new Topics(
                new Topic<>(raw, partitions, Serdes.String(), new JsonSerde<>(Article.class)),
                new Topic<>(enriched, partitions, Serdes.String(), new JsonSerde<>(EnrichedArticle.class)),
                new Topic<>(deadLetter, partitions, Serdes.String(), Serdes.ByteArray()));
    }

    public List<Topic<?, ?>> all() {
        return List.of(raw, enriched, deadLetter);
    }
}
