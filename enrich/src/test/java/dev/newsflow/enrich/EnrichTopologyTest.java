package dev.newsflow.enrich;

import static dev.newsflow.model.Articles.anArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.dedup.Bucket;
import dev.newsflow.enrich.dedup.DedupSettings;
import dev.newsflow.enrich.dedup.DedupStores;
import dev.newsflow.enrich.dedup.NearDuplicates;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Article;
import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Json;
import dev.newsflow.model.RecordSchemas;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static NlpModels models;

    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, byte[]> deadLetters;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load();
    }

    @BeforeEach
    void startTopology() {
        Properties props = new Properties();
        props.put("bootstrap.servers", "unused:9092");
        EnrichConfig config = new EnrichConfig(props, topics, "enrich-test", stateDir.toString());
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

    private void send(NearDuplicates.Doc doc, String id, Instant ingestedAt) {
        send(new Article(id, 1, null, doc.source(), doc.title(), List.of(), null, "en", doc.body(), ingestedAt));
    }

    private void send(String doc, Instant ingestedAt) {
        send(CORPUS.doc(doc), doc, ingestedAt);
    }

    private static final NearDuplicates CORPUS = NearDuplicates.load();
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Test
    void shouldMarkARepublishedStoryAsDuplicateOfTheArticleFirstSeen() {
        send("quake-wire", T0);
        send("quake-coastal-herald", T0.plusSeconds(600));
        send("quake-daily-post", T0.plusSeconds(900));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertEquals(List.of("quake-wire", "quake-coastal-herald", "quake-daily-post"), ids(out));
        assertNull(out.get(0).duplicateOf());
        assertEquals("quake-wire", out.get(1).duplicateOf());
        assertEquals("quake-wire", out.get(2).duplicateOf());
        assertFalse(out.get(1).entities().isEmpty(), "a duplicate is enriched too");
    }

    @Test
    void shouldNotMarkADifferentStoryOfTheSameEventAsDuplicate() {
        send("trial-wire", T0);
        send("trial-opening", T0.plusSeconds(60));
        send("quake-wire", T0.plusSeconds(120));
        send("quake-reporter", T0.plusSeconds(180));

        for (EnrichedArticle article : enriched.readValuesToList()) {
            assertNull(article.duplicateOf(), article.id());
        }
    }

    @Test
    void shouldNotMarkAReingestedArticleAsDuplicateOfItselfNorOfItsOwnCopies() {
        send("flood-wire", T0);
        send("flood-wire", T0.plusSeconds(60));
        send("flood-valley-news", T0.plusSeconds(120));
        send("flood-wire", T0.plusSeconds(180));
        send("flood-valley-news", T0.plusSeconds(240));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertEquals(
                List.of("flood-wire", "flood-wire", "flood-valley-news", "flood-wire", "flood-valley-news"), ids(out));
        assertNull(out.get(0).duplicateOf());
        assertNull(out.get(1).duplicateOf());
        assertEquals("flood-wire", out.get(2).duplicateOf());
        assertNull(out.get(3).duplicateOf(), "the original stays the original when re-ingested after its copy");
        assertEquals("flood-wire", out.get(4).duplicateOf());
    }

    @Test
    void shouldTakeAnArticleOutOfItsOldBucketsWhenItsTextChanges() {
        send(CORPUS.doc("ferry-wire"), "story-1", T0);
        send(CORPUS.doc("festival-wire"), "story-1", T0.plusSeconds(60));
        send("ferry-island", T0.plusSeconds(120));
        send("festival-arts", T0.plusSeconds(180));

        Map<String, String> duplicateOf = new HashMap<>();
        enriched.readValuesToList().forEach(a -> duplicateOf.put(a.id(), String.valueOf(a.duplicateOf())));
        assertEquals("null", duplicateOf.get("ferry-island"), "story-1 no longer tells the ferry story");
        assertEquals("story-1", duplicateOf.get("festival-arts"));
    }

    @Test
    void shouldIndexEveryBandOfAnArticleInTheStorePartitionedByBucketKey() {
        send("comet-wire", T0);
        enriched.readValuesToList();

        KeyValueStore<String, Bucket> buckets = driver.getKeyValueStore(DedupStores.BUCKETS);
        List<String> keys = new ArrayList<>();
        buckets.all().forEachRemaining(kv -> keys.add(kv.key));
        assertEquals(DedupSettings.defaults().bands(), keys.size());
        String description = EnrichTopology.build(topics, models, Clock.systemUTC())
                .describe()
                .toString();
        assertTrue(description.contains("dedup-bands-repartition"), description);
        assertTrue(description.contains("dedup-answers-repartition"), description);
    }

    @Test
    void shouldSetDuplicateOfRightForTheWholeNearDuplicateSet() {
        Map<String, String> firstOfStory = new HashMap<>();
        Instant at = T0;
        for (NearDuplicates.Doc doc : CORPUS.docs()) {
            firstOfStory.putIfAbsent(doc.story(), doc.id());
            send(doc, doc.id(), at);
            at = at.plusSeconds(60);
        }

        List<String> wrong = new ArrayList<>();
        List<EnrichedArticle> out = enriched.readValuesToList();
        for (EnrichedArticle article : out) {
            String first = firstOfStory.get(CORPUS.doc(article.id()).story());
            String expected = first.equals(article.id()) ? null : first;
            if (!java.util.Objects.equals(expected, article.duplicateOf())) {
                wrong.add(article.id() + " -> " + article.duplicateOf() + " (expected " + expected + ")");
            }
        }
        assertEquals(CORPUS.docs().size(), out.size());
        assertEquals(List.of(), wrong);
    }

    private static List<String> ids(List<EnrichedArticle> articles) {
        return articles.stream().map(EnrichedArticle::id).toList();
    }
}
