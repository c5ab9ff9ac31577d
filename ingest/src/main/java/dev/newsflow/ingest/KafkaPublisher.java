package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes articles to the raw topic with an idempotent, fully acknowledged producer. Thread-safe. */
public final class KafkaPublisher implements Publisher, AutoCloseable {

    private final IngestConfig config;
    private final Producer<String, Article> producer;

    public KafkaPublisher(IngestConfig config) {
        this.config = config;
        this.producer = new KafkaProducer<>(
                config.producerProperties(),
                config.topics().raw().keySerde().serializer(),
                config.topics().raw().valueSerde().serializer());
    }

    @Override
    public CompletableFuture<Void> publish(Article article) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(config.topics().raw().name(), article.id(), article), (metadata, error) -> {
            if (error == null) {
                acknowledged.complete(null);
            } else {
                acknowledged.completeExceptionally(error);
            }
        });
        return acknowledged;
    }

    /** Waits until every article sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
