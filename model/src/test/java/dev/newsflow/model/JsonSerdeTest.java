package dev.newsflow.model;

import static dev.newsflow.model.Articles.anArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<Article> articles = new JsonSerde<>(Article.class);
    private final JsonSerde<EnrichedArticle> enriched = new JsonSerde<>(EnrichedArticle.class);

    @Test
    void shouldRoundTripAnArticle() {
        Article article = anArticle().withAuthors("Jane Doe", "Omar Haddad").build();

        assertEquals(article, articles.deserialize("t", articles.serialize("t", article)));
    }

    @Test
    void shouldWriteArticlesThatMatchTheArticleSchema() {
        String json = new String(articles.serialize("t", anArticle().build()), StandardCharsets.UTF_8);

        assertEquals(List.of(), RecordSchemas.violations(RecordSchemas.ARTICLE, json));
    }

    @Test
    void shouldWriteEnrichedArticlesThatMatchTheEnrichedSchema() {
        EnrichedArticle article = EnrichedArticle.of(
                anArticle().build(),
                "en",
                List.of(new Entity("Maria Keller", EntityType.PERSON, 2, List.of("Keller"))),
                List.of(new TopicLabel("weather", 0.8)),
                Instant.parse("2025-02-21T08:00:01Z"),
                Map.of("ner", "ner-conll03-en@1"));

        String json = new String(enriched.serialize("t", article), StandardCharsets.UTF_8);

        assertEquals(List.of(), RecordSchemas.violations(RecordSchemas.ENRICHED_ARTICLE, json));
        assertEquals(article, enriched.deserialize("t", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldListTheModelsOfAnEnrichedArticleByNameWhateverOrderTheyCameIn() {
        Map<String, String> models = new LinkedHashMap<>();
        models.put("topics", "topics-bbc-en@3d87");
        models.put("language", "langdetect-183@2ddf");
        models.put("ner", "ner-conll03-en@0599");
        EnrichedArticle article = EnrichedArticle.of(
                anArticle().build(), "en", List.of(), List.of(), Instant.parse("2025-02-21T08:00:01Z"), models);

        String json = new String(enriched.serialize("t", article), StandardCharsets.UTF_8);

        assertTrue(
                json.endsWith("\"models\":{\"language\":\"langdetect-183@2ddf\",\"ner\":\"ner-conll03-en@0599\","
                        + "\"topics\":\"topics-bbc-en@3d87\"}}"),
                json);
    }

    @Test
    void schemaShouldRejectAnArticleWithoutBodyOrWithABadDate() {
        String json = "{\"id\":\"abc\",\"schemaVersion\":1,\"url\":null,\"source\":null,\"title\":\"T\","
                + "\"authors\":[],\"publishedAt\":\"20 February 2025\",\"language\":null,"
                + "\"ingestedAt\":\"2025-02-21T08:00:00Z\"}";

        List<String> violations = RecordSchemas.violations(RecordSchemas.ARTICLE, json);

        assertTrue(violations.stream().anyMatch(v -> v.contains("body")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("publishedAt")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("id")), violations::toString);
    }

    @Test
    void shouldIgnoreFieldsAddedByANewerSchemaVersion() {
        String json = new String(articles.serialize("t", anArticle().build()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2,\"sentiment\":0.4");

        Article read = articles.deserialize("t", json.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, read.schemaVersion());
    }

    @Test
    void shouldNameTheProblemWhenBytesAreNotAnArticle() {
        SerializationException notJson = assertThrows(
                SerializationException.class,
                () -> articles.deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)));
        SerializationException noBody = assertThrows(
                SerializationException.class,
                () -> articles.deserialize(
                        "t", "{\"id\":\"x\",\"title\":\"T\",\"ingestedAt\":\"2025-02-21T08:00:00Z\"}".getBytes()));

        assertTrue(notJson.getMessage().startsWith("not a valid Article record"), notJson.getMessage());
        assertTrue(noBody.getMessage().contains("article has no body"), noBody.getMessage());
    }

    @Test
    void shouldReadATombstoneAsNull() {
        assertNull(articles.deserialize("t", null));
        assertNull(articles.serialize("t", null));
    }
}
