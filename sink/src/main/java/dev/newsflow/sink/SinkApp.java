package dev.newsflow.sink;

import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: consumes enriched articles and upserts them into the store, one row per article id.
 *
 * <p>Delivery: a batch's offsets are committed only after the database committed the batch and every dead letter
 * of it was acknowledged, so a crash at any point re-delivers, and the upsert turns re-delivery into a no-op — no
 * loss, no duplicate. A record that cannot be read or stored goes to the dead-letter topic with the reason; a
 * store that is down is retried with back-off, without committing, until it answers or the sink is stopped.
 *
 * <p>{@link #run()} blocks on the calling thread; {@link #stop()} may be called from any thread.
 */
public final class SinkApp implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkApp.class);
    private static final String STAGE = "sink";

    private final SinkConfig config;
    private final ArticleStore store;
    private final SinkListener listener;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    public SinkApp(SinkConfig config, ArticleStore store, SinkListener listener) {
        this.config = config;
        this.store = store;
        this.listener = listener;
        this.consumer =
                new KafkaConsumer<>(config.consumerProperties(), new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(
                config.deadLetterProducerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(config.topics().enriched().name()));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    process(records);
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
            deadLetters.close();
            stopped.countDown();
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>();
        List<ArticleStore.StoredRecord> articles = new ArrayList<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<String> received = new ArrayList<>();
        List<String> deadLettered = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            received.add(record.key());
            try {
                EnrichedArticle article = config.topics()
                        .enriched()
                        .valueSerde()
                        .deserializer()
                        .deserialize(record.topic(), record.value());
                if (article == null) {
                    throw new SerializationException("empty record: an enriched article was expected");
                }
                readable.add(record);
                articles.add(
                        new ArticleStore.StoredRecord(article, new String(record.value(), StandardCharsets.UTF_8)));
            } catch (SerializationException e) {
                sent.add(deadLetter(record, e));
                deadLettered.add(record.key());
            }
        }

        List<String> stored = new ArrayList<>();
        if (store(articles).isEmpty()) {
            articles.forEach(a -> stored.add(a.article().id()));
        } else {
            // the batch as a whole was refused for a record's sake: find which, one at a time
            for (int i = 0; i < articles.size(); i++) {
                Optional<SQLException> refused = store(List.of(articles.get(i)));
                if (refused.isEmpty()) {
                    stored.add(articles.get(i).article().id());
                } else {
                    sent.add(deadLetter(readable.get(i), refused.get()));
                    deadLettered.add(readable.get(i).key());
                }
            }
        }
        if (!running) {
            return; // stopped while retrying: commit nothing, the records will come again
        }
        awaitAcknowledged(sent);
        consumer.commitSync();
        listener.received(received);
        listener.stored(stored);
        listener.deadLettered(deadLettered);
    }

    /**
     * Writes the articles, retrying with back-off while the store itself fails.
     *
     * @return the record problem for which the store refused them, or empty when they are stored (or the sink was
     *     stopped while retrying)
     */
    private Optional<SQLException> store(List<ArticleStore.StoredRecord> articles) throws InterruptedException {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                store.upsert(articles);
                return Optional.empty();
            } catch (SQLException e) {
                if (StoreFailures.isRecordProblem(e)) {
                    return Optional.of(e);
                }
                log.warn(
                        "store refused a batch of {}, retrying in {} ms: {}",
                        articles.size(),
                        backoff.toMillis(),
                        e.toString());
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                backoff = min(backoff.multipliedBy(2), config.maxRetryBackoff());
            }
        }
        return Optional.empty();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, Exception failure) {
        log.warn(
                "dead-lettering {}-{}@{} (key {}): {}",
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                failure.getMessage());
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(
                config.topics().deadLetter().name(),
                null,
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                record.value());
        DeadLetterHeaders.describe(
                letter.headers(), STAGE, record.topic(), record.partition(), record.offset(), failure);
        return deadLetters.send(letter);
    }

    private static void awaitAcknowledged(List<Future<RecordMetadata>> sent) throws InterruptedException {
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                // without the dead letter acknowledged, committing would lose the record: fail, re-deliver later
                throw new IllegalStateException("could not write to the dead-letter topic", e.getCause());
            }
        }
    }

    /** Whether the sink is consuming: it was not stopped and did not fail. */
    public boolean isRunning() {
        return running && stopped.getCount() > 0;
    }

    /** Asks the sink to stop after the batch in hand; returns at once. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Stops the sink and waits for it to finish. */
    @Override
    public void close() throws InterruptedException {
        stop();
        stopped.await(30, TimeUnit.SECONDS);
    }
}
