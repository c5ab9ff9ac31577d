package dev.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.Article;
import dev.newsflow.model.Json;
import dev.newsflow.model.RecordSchemas;
import dev.newsflow.model.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader =
            new ArticleReader(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldRejectAnEmptyFile() {
        assertEquals(
                List.of(new ParseResult.Rejected("empty.txt", "empty file")), reader.read("empty.txt", new byte[0]));
        assertEquals(
                List.of(new ParseResult.Rejected("blank.txt", "empty file")),
                reader.read("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRejectABinaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        assertEquals(
                List.of(new ParseResult.Rejected("logo.png", "binary file, not text")), reader.read("logo.png", png));
    }

    @Test
    void shouldReadEachJsonLineAloneAndRejectOnlyTheMalformedOne() {
        String lines = "{\"headline\":\"One\",\"articleBody\":\"Body one.\",\"author\":{\"name\":\"Jane Doe\"}}\n"
                + "{\"headline\": \"Two\", \"articleBody\": \n"
                + "{\"title\":\"Three\",\"text\":\"Body three.\",\"authors\":[\"A B\",\"C D\"],\"date\":\"2025-05-02\"}\n";

        List<ParseResult> results = reader.read("feed.jsonl", lines.getBytes(StandardCharsets.UTF_8));

        assertEquals(3, results.size());
        assertEquals(
                "One",
                assertInstanceOf(ParseResult.Parsed.class, results.get(0))
                        .article()
                        .title());
        ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, results.get(1));
        assertEquals("feed.jsonl:2", rejected.origin());
        assertTrue(rejected.reason().startsWith("malformed JSON"), rejected.reason());
        Article three =
                assertInstanceOf(ParseResult.Parsed.class, results.get(2)).article();
        assertEquals(List.of("A B", "C D"), three.authors());
        assertEquals("2025-05-02", three.publishedAt());
    }

    @Test
    void shouldReadSchemaOrgNewsArticleFields() {
        String json = "{\"@type\":\"NewsArticle\",\"url\":\"https://news.example.com/a\",\"headline\":\"H\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"Omar Haddad\"],"
                + "\"datePublished\":\"2025-10-27T07:45:00+01:00\",\"publisher\":{\"name\":\"Example Wire\"},"
                + "\"inLanguage\":\"en-GB\",\"articleBody\":\"P1.\\n\\nP2.\"}";

        Article article = assertInstanceOf(
                        ParseResult.Parsed.class,
                        reader.read("a.json", json.getBytes(StandardCharsets.UTF_8))
                                .get(0))
                .article();

        assertEquals("https://news.example.com/a", article.url());
        assertEquals(List.of("Jane Doe", "Omar Haddad"), article.authors());
        assertEquals("2025-10-27T07:45:00+01:00", article.publishedAt());
        assertEquals("Example Wire", article.source());
        assertEquals("en", article.language());
        assertEquals("P1.\n\nP2.", article.body());
    }

    @Test
    void shouldRejectAJsonObjectWithoutBody() {
        List<ParseResult> results = reader.read("a.json", "{\"headline\":\"H\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(new ParseResult.Rejected("a.json", "no body (looked for articleBody, body, text, content)")),
                results);
    }

    @Test
    void everySampleShouldParseIntoAnArticleThatMatchesTheSchema() throws Exception {
        try (Stream<Path> files = Files.list(Samples.folder())) {
            for (Path file : files.sorted().toList()) {
                for (ParseResult result : reader.read(file.toString(), Files.readAllBytes(file))) {
                    Article article = assertInstanceOf(ParseResult.Parsed.class, result, result::toString)
                            .article();
                    assertTrue(!article.authors().isEmpty(), () -> file + " has no authors");
                    assertTrue(article.publishedAt() != null, () -> file + " has no date");
                    assertEquals(
                            List.of(),
                            RecordSchemas.violations(RecordSchemas.ARTICLE, Json.MAPPER.writeValueAsString(article)),
                            file::toString);
                }
            }
        }
    }

    @Test
    void shouldKeepTheIdOfAnArticleWhoseTextChangedButGiveItANewContentHash() {
        String first =
                "{\"url\":\"https://news.example.com/a?utm_source=x\",\"headline\":\"H\",\"articleBody\":\"Draft.\"}";
        String update = "{\"url\":\"HTTPS://News.Example.com/a\",\"headline\":\"H\",\"articleBody\":\"Corrected.\"}";

        Article draft = assertInstanceOf(
                        ParseResult.Parsed.class,
                        reader.read("a.json", first.getBytes()).get(0))
                .article();
        Article corrected = assertInstanceOf(
                        ParseResult.Parsed.class,
                        reader.read("b.json", update.getBytes()).get(0))
                .article();

        assertEquals(draft.id(), corrected.id());
        assertEquals("https://news.example.com/a", corrected.url());
        assertTrue(!draft.contentHash().equals(corrected.contentHash()));
    }

    @Test
    void shouldRefuseAFileTooLargeToBeAnArticleWithoutParsingIt() {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMegabytes, (byte) 'a');

        assertEquals(
                List.of(new ParseResult.Rejected("huge.txt", "too large: 50 MiB, the limit is 16 MiB")),
                reader.read("huge.txt", fiftyMegabytes));
    }
}
