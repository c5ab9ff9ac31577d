package dev.newsflow.ingest.feed;

import static dev.newsflow.ingest.http.LoopbackServer.respond;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.ingest.http.LoopbackServer;
import dev.newsflow.ingest.http.RecordingPublisher;
import dev.newsflow.ingest.http.SafeHttpClient;
import dev.newsflow.model.Article;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final SafeHttpClient http = new SafeHttpClient(SafeHttpClient.Limits.defaults()
            .withReadTimeout(Duration.ofMillis(500))
            .withMaxBodyBytes(64 * 1024));
    private final List<FeedPoller> pollers = new ArrayList<>();

    @AfterEach
    void stop() {
        pollers.forEach(FeedPoller::close);
        server.close();
    }

    private FeedPoller poller(FeedPoller.Options options, FeedSource... feeds) {
        FeedPoller poller = new FeedPoller(List.of(feeds), publisher, options, http, CLOCK);
        pollers.add(poller);
        return poller;
    }

    private FeedPoller poller(FeedSource... feeds) {
        return poller(options(), feeds);
    }

    private FeedPoller.Options options() {
        return FeedPoller.Options.defaults(dir.resolve("feeds/state.json"))
                .withInterval(Duration.ofMinutes(1))
                .withPublishTimeout(Duration.ofSeconds(10));
    }

    private FeedSource feed(String path) {
        return FeedSource.of(server.uri(path).toString());
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Times</title>"
                + "<language>en</language>" + String.join("", items) + "</channel></rss>";
    }

    static String item(String guid, String title, String link, String body) {
        return "<item><guid>" + guid + "</guid><title>" + title + "</title>"
                + (link == null ? "" : "<link>" + link + "</link>")
                + (body == null ? "" : "<description>" + body + "</description>") + "</item>";
    }

    private static final String ONE = item("g1", "Tide tables revised", "https://times.example/1", "New tables.");
    private static final String TWO = item("g2", "Lighthouse repainted", "https://times.example/2", "Red again.");
    private static final String THREE = item("g3", "Ferry strike ends", "https://times.example/3", "Boats sail.");

    @Test
    void shouldPublishEachItemOnceAcrossARestart() {
        AtomicReference<String> body = new AtomicReference<>(rss(ONE, TWO));
        server.on(
                "/rss",
                exchange -> LoopbackServer.send(
                        exchange, 200, "application/rss+xml", body.get().getBytes(StandardCharsets.UTF_8)));

        PollReport first = poller(feed("/rss")).pollOnce();
        FeedPoller restarted = poller(feed("/rss"));
        PollReport second = restarted.pollOnce();
        body.set(rss(THREE, ONE, TWO));
        PollReport third = restarted.pollOnce();

        assertEquals(
                List.of("Tide tables revised", "Lighthouse repainted", "Ferry strike ends"),
                publisher.publishedTitles());
        assertEquals(2, first.publishedIds().size());
        assertEquals(List.of(), second.publishedIds());
        assertEquals(2, second.skippedSeen());
        assertEquals(1, third.publishedIds().size());
        assertEquals(2, third.skippedSeen());
        assertEquals(3, server.requests("/rss").size());
    }

    @Test
    void shouldSendTheValidatorsAgainAfterARestartAndPublishNothingOnNotModified() {
        server.on("/rss", exchange -> {
            boolean unchanged = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackServer.send(
                    exchange,
                    unchanged ? 304 : 200,
                    "application/rss+xml",
                    rss(ONE, TWO).getBytes(StandardCharsets.UTF_8),
                    "ETag",
                    "\"v7\"",
                    "Last-Modified",
                    "Wed, 30 Apr 2025 22:00:00 GMT");
        });
        poller(feed("/rss")).pollOnce();

        FeedPoller restarted = poller(feed("/rss"));
        PollReport report = restarted.pollOnce();

        assertEquals(List.of(), report.publishedIds());
        assertEquals(2, publisher.published().size());
        assertEquals(1, restarted.stats().notModified());
        LoopbackServer.Request second = server.requests("/rss").get(1);
        assertEquals("\"v7\"", second.header("If-None-Match"));
        assertEquals("Wed, 30 Apr 2025 22:00:00 GMT", second.header("If-Modified-Since"));
    }

    @Test
    void shouldRetryAFeedThatAnswered500OnTheNextPoll() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/rss", exchange -> {
            int status = calls.incrementAndGet() == 1 ? 500 : 200;
            LoopbackServer.send(exchange, status, "application/rss+xml", rss(ONE).getBytes(StandardCharsets.UTF_8));
        });
        FeedPoller poller = poller(feed("/rss"));

        PollReport failed = poller.pollOnce();
        PollReport retried = poller.pollOnce();

        assertEquals(1, failed.failures().size());
        PollReport.Failure failure = failed.failures().get(0);
        assertEquals("server-error", failure.code());
        assertTrue(failure.retriable());
        assertTrue(failure.message().contains("answered 500"), failure.message());
        assertEquals(1, retried.publishedIds().size());
        assertEquals(1L, poller.stats().failures().get("server-error"));
    }

    @Test
    void shouldBackOffAFeedThatKeepsFailing() {
        server.on("/down", respond(503, "text/plain", "maintenance"));
        FeedPoller poller = poller(feed("/down"));

        for (int round = 1; round <= 7; round++) {
            poller.pollOnce();
        }

        // attempts in rounds 1, 2 and 4; rounds 3, 5, 6 and 7 sat out
        assertEquals(3, server.requests("/down").size());
        assertEquals(4, poller.stats().deferred());
        assertEquals(3L, poller.stats().failures().get("server-error"));
    }

    @Test
    void shouldGoOnWithOtherFeedsWhenOneIsUnreachableAndOneTimesOut() {
        server.on("/slow", server.stall()).on("/rss", respond(200, "application/rss+xml", rss(ONE, TWO)));
        FeedSource unreachable =
                FeedSource.of(LoopbackServer.refusingUri("/rss").toString());
        FeedPoller poller = poller(unreachable, feed("/slow"), feed("/rss"));

        PollReport report = poller.pollOnce();

        assertEquals(2, report.publishedIds().size());
        assertEquals(
                List.of("unreachable", "timeout"),
                report.failures().stream().map(PollReport.Failure::code).toList());
        assertTrue(
                report.failures().get(0).message().contains("could not connect"),
                report.failures().get(0).message());
        assertTrue(
                report.failures().get(1).message().contains("did not answer within"),
                report.failures().get(1).message());
        assertEquals(1L, poller.stats().failures().get("unreachable"));
        assertEquals(1L, poller.stats().failures().get("timeout"));
    }

    @Test
    void shouldRejectAFeedLargerThanTheLimit() {
        server.on("/huge", respond(200, "application/rss+xml", rss(ONE) + " ".repeat(100 * 1024)));

        PollReport report = poller(feed("/huge")).pollOnce();

        assertEquals("too-large", report.failures().get(0).code());
        assertFalse(report.failures().get(0).retriable());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldReportADocumentThatIsNotAFeed() {
        server.on("/page", respond(200, "text/html", "<!doctype html><html><body><p>Hello</p></body></html>"));

        PollReport report = poller(feed("/page")).pollOnce();

        assertEquals("invalid-feed", report.failures().get(0).code());
        assertTrue(
                report.failures().get(0).message().contains("/page"),
                report.failures().get(0).message());
    }

    @Test
    void shouldRemindNothingWhosePublishFailedAndFetchInFullAgain() {
        server.on("/rss", respond(200, "application/rss+xml", rss(ONE, TWO), "ETag", "\"v1\""));
        FeedPoller poller = poller(feed("/rss"));
        publisher.failWith("broker unreachable");

        PollReport failed = poller.pollOnce();
        publisher.failWith(null);
        PollReport retried = poller.pollOnce();

        assertEquals("publish-failed", failed.failures().get(0).code());
        assertTrue(
                failed.failures().get(0).message().contains("broker unreachable"),
                failed.failures().get(0).message());
        assertEquals(2, retried.publishedIds().size());
        assertNull(server.requests("/rss").get(1).header("If-None-Match"));
        assertEquals(2L, poller.stats().failures().get("publish-failed"));
    }

    @Test
    void shouldRememberRejectedEntriesAndReportThemOnce() {
        String untitled = item("g9", "", "https://times.example/9", "A body without a title.");
        server.on("/rss", respond(200, "application/rss+xml", rss(ONE, untitled)));
        FeedPoller poller = poller(feed("/rss"));

        PollReport first = poller.pollOnce();
        PollReport second = poller.pollOnce();

        assertEquals(1, first.rejected().size());
        assertEquals("feed entry has no title", first.rejected().get(0).reason());
        assertEquals(List.of(), second.rejected());
        assertEquals(1, poller.stats().rejected());
    }

    @Test
    void shouldPollAFeedFile() throws Exception {
        Path file = Files.writeString(dir.resolve("local.xml"), rss(ONE));
        FeedPoller poller = poller(FeedSource.of(file.toString()));

        poller.pollOnce();
        Files.writeString(file, rss(ONE, TWO));
        poller.pollOnce();

        assertEquals(List.of("Tide tables revised", "Lighthouse repainted"), publisher.publishedTitles());
    }

    @Test
    void shouldTakeTheArticleFromTheLinkedPageAndFallBackToTheFeedWhenThePageFails() {
        String page = "{\"headline\":\"Tide tables revised for the summer\","
                + "\"articleBody\":\"The harbour master published new tide tables.\\n\\nThey apply from June.\","
                + "\"url\":\"" + server.uri("/news/1") + "\",\"inLanguage\":\"en\"}";
        server.on("/news/1", respond(200, "application/json", page))
                .on("/news/2", respond(404, "text/plain", "gone"))
                .on(
                        "/rss",
                        respond(
                                200,
                                "application/rss+xml",
                                rss(
                                        item(
                                                "g1",
                                                "Tide tables revised",
                                                server.uri("/news/1").toString(),
                                                "Teaser."),
                                        item(
                                                "g2",
                                                "Lighthouse repainted",
                                                server.uri("/news/2").toString(),
                                                "Red again."))));
        FeedPoller poller = poller(options().withFetchPages(true), feed("/rss"));

        PollReport report = poller.pollOnce();

        List<Article> articles = publisher.published();
        assertEquals(2, articles.size());
        Article fromPage = articles.get(0);
        assertEquals("Tide tables revised", fromPage.title());
        assertEquals("The harbour master published new tide tables.\n\nThey apply from June.", fromPage.body());
        assertEquals(server.uri("/news/1").toString(), fromPage.url());
        assertEquals("Loopback Times", fromPage.source());
        assertEquals("Red again.", articles.get(1).body());
        assertEquals("page-client-error", report.failures().get(0).code());
    }

    @Test
    void shouldTakeTheFullArticleFromALinkedHtmlPageWithoutItsBoilerplate() {
        String page = "<!doctype html><html lang=\"en\"><head><title>Pier reopens | Loopback Times</title>"
                + "<link rel=\"canonical\" href=\"/stories/pier-reopens\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies. Accept all</div>"
                + "<article><h1>Pier reopens</h1><p>The Victorian pier reopened on Saturday after a two-year repair.</p>"
                + "<p>Crowds queued from dawn, the trust said, and the café sold out by noon.</p></article>"
                + "<aside class=\"most-read\"><p>Most read: Council budget passes after a long night of talks</p></aside>"
                + "</body></html>";
        server.on("/news/pier", respond(200, "text/html; charset=utf-8", page))
                .on(
                        "/rss",
                        respond(
                                200,
                                "application/rss+xml",
                                rss(item(
                                        "p1",
                                        "Pier reopens",
                                        server.uri("/news/pier").toString(),
                                        "Teaser."))));

        poller(options().withFetchPages(true), feed("/rss")).pollOnce();

        Article article = publisher.published().get(0);
        assertEquals(
                "The Victorian pier reopened on Saturday after a two-year repair.\n\n"
                        + "Crowds queued from dawn, the trust said, and the café sold out by noon.",
                article.body());
        assertEquals(server.uri("/stories/pier-reopens").toString(), article.url());
        assertEquals("Pier reopens", article.title());
    }

    @Test
    void shouldPollContinuouslyUntilClosed() {
        AtomicReference<String> body = new AtomicReference<>(rss(ONE));
        server.on(
                "/rss",
                exchange -> LoopbackServer.send(
                        exchange, 200, "application/rss+xml", body.get().getBytes(StandardCharsets.UTF_8)));
        FeedPoller poller = poller(options().withInterval(Duration.ofMillis(50)), feed("/rss"));

        poller.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published().size() == 1);
        body.set(rss(ONE, TWO));
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.published().size() == 2);
        poller.close();
        int requests = server.requests("/rss").size();

        assertTrue(poller.stats().rounds() >= 2);
        assertEquals(requests, server.requests("/rss").size());
        assertEquals(List.of("Tide tables revised", "Lighthouse repainted"), publisher.publishedTitles());
    }

    @Test
    void shouldKeepOnlyTheMostRecentlySeenKeys() {
        server.on("/rss", respond(200, "application/rss+xml", rss(ONE, TWO, THREE)));
        poller(options().withMaxRememberedEntries(2), feed("/rss")).pollOnce();

        PollReport afterRestart =
                poller(options().withMaxRememberedEntries(2), feed("/rss")).pollOnce();

        // g1 was dropped to keep two keys; it is published again, at least once being the promise
        assertEquals(1, afterRestart.publishedIds().size());
        assertEquals("Tide tables revised", publisher.published().get(3).title());
    }

    @Test
    void shouldRefuseToStartOnAStateFileItCannotRead() throws Exception {
        Path state = dir.resolve("feeds/state.json");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "{not json");

        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> poller(feed("/rss")));

        assertTrue(error.getMessage().contains(state.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("delete it"), error.getMessage());
    }

    @Test
    void shouldRefuseAFeedWithAnotherScheme() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> FeedSource.of("ftp://times.example/rss"));

        assertTrue(error.getMessage().contains("only http and https"), error.getMessage());
    }
}
