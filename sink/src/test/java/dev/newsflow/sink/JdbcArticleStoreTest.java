package dev.newsflow.sink;

import static dev.newsflow.model.Articles.anArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Json;
import dev.newsflow.model.TopicLabel;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JdbcArticleStoreTest {

    @TempDir
    static Path folder;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("sqlite", (StoreUrl)
                        () -> TestDatabases.sqlite(folder.resolve(Long.toString(System.nanoTime())))),
                Arguments.of("postgresql", (StoreUrl) TestDatabases::postgres));
    }

    interface StoreUrl {
        String get();
    }

    private static ArticleStore.StoredRecord enriched(String id, String title) throws Exception {
        EnrichedArticle article = EnrichedArticle.of(
                anArticle().withId(id).withTitle(title).build(),
                "en",
                List.of(new Entity("Maria Keller", EntityType.PERSON, 1, List.of())),
                List.of(new TopicLabel("weather", 0.9)),
                Instant.parse("2025-02-21T08:00:01Z"),
                Map.of("ner", "test"));
        return new ArticleStore.StoredRecord(article, Json.MAPPER.writeValueAsString(article));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void shouldKeepOneRowPerArticleWhenTheSameBatchIsWrittenTwice(String name, StoreUrl url) throws Exception {
        try (ArticleStore store = JdbcArticleStore.open(url.get(), CLOCK)) {
            List<ArticleStore.StoredRecord> batch = List.of(enriched("a", "One"), enriched("b", "Two"));

            store.upsert(batch);
            store.upsert(batch);

            assertEquals(2, store.count());
            assertEquals("Two", store.find("b").orElseThrow().title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void shouldReplaceAStoredArticleWithItsNewerVersion(String name, StoreUrl url) throws Exception {
        try (ArticleStore store = JdbcArticleStore.open(url.get(), CLOCK)) {
            store.upsert(List.of(enriched("a", "First headline")));
            store.upsert(List.of(enriched("a", "Corrected headline")));

            assertEquals(1, store.count());
            assertEquals("Corrected headline", store.find("a").orElseThrow().title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void shouldStoreTheRecordVerbatimWithFieldsThisVersionDoesNotKnow(String name, StoreUrl url) throws Exception {
        String jdbcUrl = url.get();
        ArticleStore.StoredRecord known = enriched("a", "T");
        String json = known.json().replaceFirst("\\{", "{\"sentiment\":0.25,");
        try (ArticleStore store = JdbcArticleStore.open(jdbcUrl, CLOCK)) {
            store.upsert(List.of(new ArticleStore.StoredRecord(known.article(), json)));
        }
        try (var db = DriverManager.getConnection(jdbcUrl);
                ResultSet row = db.createStatement().executeQuery("SELECT record, title FROM articles")) {
            assertTrue(row.next());
            assertEquals(
                    0.25,
                    Json.MAPPER.readTree(row.getString(1)).get("sentiment").asDouble());
            assertEquals("T", row.getString(2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void shouldMigrateAnExistingStoreWithoutLosingRows(String name, StoreUrl url) throws Exception {
        String jdbcUrl = url.get();
        try (ArticleStore store = JdbcArticleStore.open(jdbcUrl, CLOCK)) {
            store.upsert(List.of(enriched("a", "T")));
        }
        try (ArticleStore reopened = JdbcArticleStore.open(jdbcUrl, CLOCK)) {
            assertEquals(1, reopened.count());
            assertFalse(reopened.find("missing").isPresent());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void shouldWriteNothingOfABatchThatFailsAndTellARecordProblemApart(String name, StoreUrl url) throws Exception {
        try (ArticleStore store = JdbcArticleStore.open(url.get(), CLOCK)) {
            ArticleStore.StoredRecord good = enriched("good", "T");
            // a record the store cannot take: not JSON where the store keeps JSON (PostgreSQL), a NUL in text
            ArticleStore.StoredRecord bad = new ArticleStore.StoredRecord(
                    enriched("bad", "T\u0000").article(), name.equals("postgresql") ? "{not json" : "{}");
            if (name.equals("sqlite")) {
                store.upsert(List.of(good, bad)); // SQLite takes text with NUL and any text as record
                assertEquals(2, store.count());
                return;
            }

            SQLException refused = assertThrows(SQLException.class, () -> store.upsert(List.of(good, bad)));

            assertTrue(StoreFailures.isRecordProblem(refused), refused::toString);
            assertEquals(0, store.count());
        }
    }
}
