package dev.newsflow.pipeline;

import static dev.newsflow.model.Articles.anArticle;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Json;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.ArticleStore;
import dev.newsflow.sink.JdbcArticleStore;
import dev.newsflow.sink.SinkApp;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import dev.newsflow.sink.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The sink on a real broker and PostgreSQL: a record it cannot read and a record the database refuses each go to
 * the dead-letter topic with the reason, and the good records around them are stored.
 */
class SinkDeadLetterIT {

    @Test
    void shouldDeadLetterWhatCannotBeReadOrStoredAndStoreTheRest() throws Exception {
        String storeUrl = TestDatabases.postgres();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("raw-" + run, "enriched-" + run, "dlq-" + run, 1);
        Properties client = new Properties();
        client.put("bootstrap.servers", InProcessKafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            List<NewTopic> all = new ArrayList<>();
            topics.all().forEach(t -> all.add(new NewTopic(t.name(), t.partitions(), (short) 1)));
            admin.createTopics(all).all().get();
        }

        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            String enriched = topics.enriched().name();
            producer.send(new ProducerRecord<>(enriched, "good-1", enriched("good-1", "Fine")));
            producer.send(new ProducerRecord<>(enriched, "unreadable", "{\"title\": 12"));
            // PostgreSQL text cannot hold NUL: the database refuses this one record (SQLSTATE 22021)
            producer.send(new ProducerRecord<>(enriched, "refused", enriched("refused", "Nul \u0000 inside")));
            producer.send(new ProducerRecord<>(enriched, "good-2", enriched("good-2", "Also fine")));
            producer.flush();
        }

        try (ArticleStore store = JdbcArticleStore.open(storeUrl, Clock.systemUTC());
                SinkApp sink = new SinkApp(
                        new SinkConfig(client, topics, storeUrl, "sink-" + run, Duration.ofSeconds(1)),
                        store,
                        SinkListener.NONE)) {
            Thread thread = new Thread(sink, "sink-" + run);
            thread.start();

            List<ConsumerRecord<String, byte[]>> letters =
                    readDeadLetters(client, topics.deadLetter().name(), 2);

            assertEquals(
                    List.of("unreadable", "refused"),
                    letters.stream().map(ConsumerRecord::key).toList());
            for (ConsumerRecord<String, byte[]> letter : letters) {
                assertEquals(
                        "sink",
                        DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE)
                                .orElseThrow());
            }
            assertTrue(DeadLetterHeaders.read(letters.get(0).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .orElseThrow()
                    .startsWith("not a valid EnrichedArticle record"));
            assertEquals(
                    "2",
                    DeadLetterHeaders.read(letters.get(1).headers(), DeadLetterHeaders.SOURCE_OFFSET)
                            .orElseThrow());
            await().atMost(Duration.ofSeconds(30)).until(() -> store.count() == 2);
            assertEquals("Also fine", store.find("good-2").orElseThrow().title());
            sink.stop();
            thread.join();
        }
    }

    private static String enriched(String id, String title) throws Exception {
        return Json.MAPPER.writeValueAsString(EnrichedArticle.of(
                anArticle().withId(id).withTitle(title).build(),
                "en",
                List.of(),
                List.of(),
                Instant.parse("2026-01-01T00:00:00Z"),
                Map.of()));
    }

    private static List<ConsumerRecord<String, byte[]>> readDeadLetters(Properties client, String topic, int count) {
        Properties props = new Properties();
        props.putAll(client);
        props.put("group.id", "dlq-reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return letters.size() >= count;
            });
            return letters;
        }
    }
}
