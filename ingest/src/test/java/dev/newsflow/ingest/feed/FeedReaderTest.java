package dev.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.parse.RejectedInputException;
import dev.newsflow.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final Instant NOW = Instant.parse("2025-05-01T00:00:00Z");

    private final FeedReader reader = new FeedReader();

    private FeedContent read(String fixture) throws RejectedInputException {
        return reader.read(Feeds.fixture(fixture), null, "feeds/" + fixture, null);
    }

    private static Article article(FeedEntry entry) {
        return assertInstanceOf(ParseResult.Parsed.class, entry.toArticle(NOW)).article();
    }

    @Test
    void shouldMapAnRss2ItemWithContentEncoded() throws Exception {
        FeedContent feed = read("rss2.xml");

        assertEquals("The Harbour Gazette", feed.title());
        assertEquals("en", feed.language());
        FeedEntry ferry = feed.entries().get(0);
        assertEquals("gazette-2025-0311", ferry.key());
        Article article = article(ferry);
        assertEquals("Ferry timetable changes after pier repairs", article.title());
        assertEquals("https://gazette.example.org/2025/03/ferry-timetable", article.url());
        assertEquals(ArticleIds.of(article.url(), article.title(), article.body()), article.id());
        assertEquals(List.of("Mirela Ostrova"), article.authors());
        assertEquals("2025-03-11T06:45:00Z", article.publishedAt());
        assertEquals("The Harbour Gazette", article.source());
        assertEquals("en", article.language());
        assertEquals(NOW, article.ingestedAt());
        assertEquals(
                "The morning ferry to Calloway Island will leave twenty minutes later from Monday, the harbour office"
                        + " said.\n\n"
                        + "Repairs to the north pier are expected to last until the end of April. Passengers with"
                        + " bicycles should use the south ramp.\n\n"
                        + "What changes\n\n"
                        + "First departure 06:50 instead of 06:30.\n\n"
                        + "Last return unchanged.",
                article.body());
    }

    @Test
    void shouldReadAnEscapedHtmlDescriptionAndANamedEmailAuthor() throws Exception {
        Article library = article(read("rss2.xml").entries().get(1));

        assertEquals("Library & archive open late on Thursdays", library.title());
        assertEquals(List.of("Tomas Reyes"), library.authors());
        assertEquals("2025-03-10T16:00:00Z", library.publishedAt());
        assertEquals(
                "The town library and its archive room will stay open until 21:00 every Thursday.\n\n"
                        + "The trial runs until June.",
                library.body());
    }

    @Test
    void shouldRejectEntriesWithoutTitleOrBodyWithTheReason() throws Exception {
        List<FeedEntry> entries = read("rss2.xml").entries();

        ParseResult.Rejected noBody =
                assertInstanceOf(ParseResult.Rejected.class, entries.get(2).toArticle(NOW));
        ParseResult.Rejected noTitle =
                assertInstanceOf(ParseResult.Rejected.class, entries.get(3).toArticle(NOW));
        assertTrue(noBody.reason().contains("no body"), noBody.reason());
        assertTrue(noBody.origin().contains("gazette-2025-0309"), noBody.origin());
        assertEquals("feed entry has no title", noTitle.reason());
    }

    @Test
    void shouldMapAnRss1RdfFeedWithDublinCore() throws Exception {
        FeedContent feed = read("rdf.xml");

        assertEquals(2, feed.entries().size());
        Article seilbahn = article(feed.entries().get(0));
        assertEquals("Seilbahn fährt wieder", seilbahn.title());
        assertEquals("https://bergblatt.example.de/artikel/seilbahn", seilbahn.url());
        assertEquals(List.of("Anja Lindqvist"), seilbahn.authors());
        assertEquals("2025-02-22T08:15:00Z", seilbahn.publishedAt());
        assertEquals("de", seilbahn.language());
        assertEquals("Bergblatt", seilbahn.source());
        assertTrue(seilbahn.body().startsWith("Nach drei Wochen Wartung"), seilbahn.body());
    }

    @Test
    void shouldMapAnAtomFeed() throws Exception {
        FeedContent feed = read("atom.xml");

        assertEquals("fr", feed.language());
        FeedEntry port = feed.entries().get(0);
        assertEquals("tag:fil.example.ca,2025:port-voiliers", port.key());
        Article article = article(port);
        assertEquals("Le port rouvre aux voiliers", article.title());
        assertEquals("https://fil.example.ca/2025/04/port-voiliers", article.url());
        assertEquals(List.of("Élodie Marchand", "Samir Haddou"), article.authors());
        assertEquals("2025-04-02T12:30:00Z", article.publishedAt());
        assertEquals("Le Fil du Littoral", article.source());
        assertEquals(
                "Le port de plaisance rouvre samedi après l’hiver.\n\n"
                        + "Les premières places sont réservées aux résidents.",
                article.body());
    }

    @Test
    void shouldUseTheUpdatedDateAndAPlainTextSummaryWhenThatIsAllThereIs() throws Exception {
        Article maree = article(read("atom.xml").entries().get(1));

        assertEquals("2025-04-01T21:00:00Z", maree.publishedAt());
        assertEquals(
                "Une marée de 5,2 mètres est attendue dimanche soir.\n\nLa promenade sera fermée de 19 h à 23 h.",
                maree.body());
    }

    @Test
    void shouldResolveRelativeLinksAgainstTheFeedUrl() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><link>https://t.example/</link>"
                + "<item><title>A</title><link>/news/a</link><description>Body a.</description></item>"
                + "</channel></rss>";

        FeedContent feed = reader.read(
                rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "t", "https://feeds.t.example/rss");

        assertEquals("https://feeds.t.example/news/a", feed.entries().get(0).url());
    }

    @Test
    void shouldKeyAnEntryWithoutIdOrLinkByItsTitleAndDate() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>A</title><pubDate>Mon, 10 Mar 2025 16:00:00 GMT</pubDate><description>a</description></item>"
                + "<item><title>B</title><pubDate>Mon, 10 Mar 2025 16:00:00 GMT</pubDate><description>b</description></item>"
                + "</channel></rss>";

        List<FeedEntry> entries = reader.read(rss.getBytes(StandardCharsets.UTF_8), null, "t", null)
                .entries();

        assertTrue(entries.get(0).key().startsWith("sha256:"), entries.get(0).key());
        assertFalse(entries.get(0).key().equals(entries.get(1).key()));
        assertNull(entries.get(0).url());
    }

    @Test
    void shouldDecodeTheEncodingTheXmlDeclarationNames() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9"
                + "</title><item><title>Cr\u00e8me br\u00fbl\u00e9e</title><description>D\u00e9j\u00e0 vu.</description>"
                + "</item></channel></rss>";

        FeedContent feed = reader.read(rss.getBytes(StandardCharsets.ISO_8859_1), null, "t", null);

        assertEquals("Café", feed.title());
        assertEquals("Crème brûlée", feed.entries().get(0).title());
    }

    @Test
    @Timeout(10)
    void shouldRefuseABillionLaughsDocument() {
        RejectedInputException error = assertThrows(RejectedInputException.class, () -> read("billion-laughs.xml"));

        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void shouldRefuseAnExternalEntityAndNeverReadTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the launch codes");
        byte[] xxe = new String(Feeds.fixture("xxe.xml"), StandardCharsets.UTF_8)
                .replace("file://SECRET_PATH", secret.toUri().toString())
                .getBytes(StandardCharsets.UTF_8);

        RejectedInputException error =
                assertThrows(RejectedInputException.class, () -> reader.read(xxe, null, "xxe", null));

        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("launch codes"), error.getMessage());
    }

    @Test
    void shouldRejectXmlThatIsNotAFeed() {
        RejectedInputException error = assertThrows(RejectedInputException.class, () -> read("not-a-feed.xml"));

        assertTrue(error.getMessage().startsWith("not an RSS or Atom feed"), error.getMessage());
    }

    @Test
    void shouldRejectMalformedXmlWithTheParsersReason() {
        byte[] broken = "<rss version=\"2.0\"><channel><title>T</channel>".getBytes(StandardCharsets.UTF_8);

        RejectedInputException error =
                assertThrows(RejectedInputException.class, () -> reader.read(broken, null, "t", null));

        assertTrue(error.getMessage().startsWith("malformed feed XML"), error.getMessage());
    }
}
