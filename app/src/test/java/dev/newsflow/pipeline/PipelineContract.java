package dev.newsflow.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.ingest.IngestApp;
import dev.newsflow.ingest.IngestConfig;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Samples;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.ArticleStore;
import dev.newsflow.sink.JdbcArticleStore;
import dev.newsflow.sink.SinkApp;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import dev.newsflow.sink.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the three stages must do together on a real broker, whichever broker and store: every sample article is
 * stored once with its entities, a record that is not an article is dead-lettered with the reason, and ingesting
 * everything again leaves one row per article.
 */
abstract class PipelineContract {

    private static NlpModels models;

    @TempDir
    Path stateDir;

    /** The broker under test. */
    abstract String bootstrapServers() throws Exception;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load();
    }

    @Test
    void shouldCarryEveryArticleIntoSqliteOnceAndDeadLetterWhatIsNotAnArticle() throws Exception {
        shouldCarryEveryArticleOnceAndDeadLetterWhatIsNotAnArticle(TestDatabases.sqlite(stateDir));
    }

    @Test
    void shouldCarryEveryArticleIntoPostgresOnceAndDeadLetterWhatIsNotAnArticle() throws Exception {
        shouldCarryEveryArticleOnceAndDeadLetterWhatIsNotAnArticle(TestDatabases.postgres());
    }

    private void shouldCarryEveryArticleOnceAndDeadLetterWhatIsNotAnArticle(String storeUrl) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("raw-" + run, "enriched-" + run, "dlq-" + run, 2);
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrapServers());
        createTopics(client, topics);
        Clock clock = Clock.systemUTC();

        try (ArticleStore store = JdbcArticleStore.open(storeUrl, clock);
                SinkApp sink = new SinkApp(
                        new SinkConfig(client, topics, storeUrl, "sink-" + run, Duration.ofSeconds(5)),
                        store,
                        SinkListener.NONE);
                EnrichApp enrich = new EnrichApp(
                        new EnrichConfig(
                                client,
                                topics,
                                "enrich-" + run,
                                stateDir.resolve("streams").toString()),
                        models,
                        clock)) {
            Thread sinkThread = new Thread(sink, "sink-" + run);
            sinkThread.start();
            enrich.start();

            IngestReport first = ingest(client, topics, clock);
            sendGarbageTo(client, topics.raw().name());
            ConsumerRecord<String, byte[]> letter =
                    awaitDeadLetter(client, topics.deadLetter().name());

            int articles = first.publishedIds().size();
            assertTrue(articles >= 10, "the samples hold at least 10 articles: " + articles);
            assertEquals(List.of(), first.rejected());
            await().atMost(Duration.ofSeconds(90)).until(() -> count(storeUrl) == articles);

            assertEquals("not-an-article", letter.key());
            assertEquals(
                    "enrich",
                    DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE)
                            .orElseThrow());
            assertEquals(
                    topics.raw().name(),
                    DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)
                            .orElseThrow());
            assertTrue(DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                    .orElseThrow()
                    .startsWith("not a valid Article record"));

            Optional<EnrichedArticle> stored =
                    store.find(first.publishedIds().iterator().next());
            assertTrue(stored.isPresent());
            assertFalse(
                    stored.get().entities().isEmpty(),
                    "entities of " + stored.get().title());
            assertFalse(
                    stored.get().topics().isEmpty(), "topics of " + stored.get().title());

            IngestReport again = ingest(client, topics, clock);
            assertEquals(first.publishedIds(), again.publishedIds());
            // the second copies are enriched and stored too; wait for a sentinel sent after them
            IngestReport sentinel = ingestText(client, topics, clock, "# Sentinel " + run + "\n\nBy Ann Lee\n\nLast.");
            await().atMost(Duration.ofSeconds(90)).until(() -> count(storeUrl) == articles + 1);
            assertEquals(articles + 1, count(storeUrl), "re-ingested articles did not add rows");
            assertEquals(1, sentinel.publishedIds().size());

            sink.stop();
            sinkThread.join();
        }
    }

    private static IngestReport ingest(Properties client, Topics topics, Clock clock) {
        try (IngestApp ingest = new IngestApp(new IngestConfig(client, topics), clock)) {
            return ingest.ingest(List.of(Samples.folder().toString()), InputStream.nullInputStream(), r -> {});
        }
    }

    private static IngestReport ingestText(Properties client, Topics topics, Clock clock, String text) {
        try (IngestApp ingest = new IngestApp(new IngestConfig(client, topics), clock)) {
            return ingest.ingest(
                    List.of("-"), new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), r -> {});
        }
    }

    private static long count(String storeUrl) throws Exception {
        try (ArticleStore store = JdbcArticleStore.open(storeUrl, Clock.systemUTC())) {
            return store.count();
        }
    }

    private static void createTopics(Properties client, Topics topics) throws Exception {
        try (Admin admin = Admin.create(client)) {
            List<NewTopic> all = new ArrayList<>();
            topics.all().forEach(t -> all.add(new NewTopic(t.name(), t.partitions(), (short) 1)));
            admin.createTopics(all).all().get();
        }
    }

    private static void sendGarbageTo(Properties client, String topic) throws Exception {
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "not-an-article", "<html>not json</html>"))
                    .get();
        }
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(Properties client, String topic) {
        Properties props = new Properties();
        props.putAll(client);
        props.put("group.id", "dlq-reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return !letters.isEmpty();
            });
            return letters.get(0);
        }
    }
}
