package dev.newsflow.enrich;

import static dev.newsflow.model.Articles.anArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Article;
import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Json;
import dev.newsflow.model.RecordSchemas;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static NlpModels models;

    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load();
    }

    @BeforeEach
    void startTopology() {
        Properties props = new Properties();
        props.put("bootstrap.servers", "unused:9092");
        EnrichConfig config = new EnrichConfig(props, topics, "enrich-test", "unused");
        driver = new TopologyTestDriver(
                EnrichTopology.build(topics, models, Clock.fixed(NOW, ZoneOffset.UTC)), config.streamsProperties());
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(
                topics.enriched().name(),
                topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(
                topics.deadLetter().name(),
                topics.deadLetter().keySerde().deserializer(),
                topics.deadLetter().valueSerde().deserializer());
    }

    @AfterEach
    void closeTopology() {
        driver.close();
    }

    private void send(Article article) {
        raw.pipeInput(article.id(), topics.raw().valueSerde().serializer().serialize("t", article));
    }

    @Test
    void shouldEnrichAnArticleUnderItsOwnKey() throws Exception {
        Article article = anArticle()
                .withBody("Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday. Scholz said the European "
                        + "Union must act.\n\nSiemens and Volkswagen welcomed the talks in Berlin.")
                .build();

        send(article);

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals(article.id(), out.key());
        EnrichedArticle value = out.value();
        assertEquals(article.body(), value.body());
        assertEquals("en", value.language());
        assertEquals(NOW, value.enrichedAt());
        assertTrue(
                value.entities().stream().anyMatch(e -> e.name().equals("Paris") && e.type() == EntityType.LOCATION),
                value.entities()::toString);
        assertFalse(value.topics().isEmpty());
        assertTrue(value.models().containsKey("ner"), value.models()::toString);
        assertEquals(
                List.of(),
                RecordSchemas.violations(RecordSchemas.ENRICHED_ARTICLE, Json.MAPPER.writeValueAsString(value)));
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void shouldSendUnparseableArticleToDeadLetterTopicWithWhereAndWhy() {
        byte[] garbage = "{\"title\": \"half a record".getBytes(StandardCharsets.UTF_8);

        raw.pipeInput("key-1", garbage);

        assertTrue(enriched.isEmpty());
        TestRecord<String, byte[]> letter = deadLetters.readRecord();
        assertEquals("key-1", letter.key());
        assertEquals(new String(garbage, StandardCharsets.UTF_8), new String(letter.value(), StandardCharsets.UTF_8));
        Headers headers = letter.headers();
        assertEquals("enrich", header(headers, DeadLetterHeaders.STAGE));
        assertEquals(topics.raw().name(), header(headers, DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("0", header(headers, DeadLetterHeaders.SOURCE_PARTITION));
        assertEquals("0", header(headers, DeadLetterHeaders.SOURCE_OFFSET));
        assertEquals(
                "org.apache.kafka.common.errors.SerializationException",
                header(headers, DeadLetterHeaders.EXCEPTION_CLASS));
        assertTrue(
                header(headers, DeadLetterHeaders.EXCEPTION_MESSAGE).startsWith("not a valid Article record"),
                header(headers, DeadLetterHeaders.EXCEPTION_MESSAGE));
    }

    @Test
    void shouldSendAnArticleWithoutBodyToDeadLetterTopicAndGoOn() {
        raw.pipeInput("no-body", "{\"id\":\"x\",\"title\":\"T\",\"ingestedAt\":\"2026-01-01T00:00:00Z\"}".getBytes());
        raw.pipeInput("tombstone", (byte[]) null);
        Article good = anArticle().build();
        send(good);

        List<TestRecord<String, byte[]>> letters = deadLetters.readRecordsToList();
        assertEquals(
                List.of("no-body", "tombstone"),
                letters.stream().map(TestRecord::key).toList());
        assertTrue(header(letters.get(0).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                .contains("article has no body"));
        assertEquals("1", header(letters.get(1).headers(), DeadLetterHeaders.SOURCE_OFFSET));
        assertTrue(header(letters.get(1).headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                .startsWith("empty record"));
        assertEquals(good.id(), enriched.readRecord().key());
    }

    private static String header(Headers headers, String name) {
        return DeadLetterHeaders.read(headers, name).orElse(null);
    }
}
