package dev.newsflow.ingest.http;

import static dev.newsflow.ingest.http.LoopbackServer.respond;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHttpClientTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final SafeHttpClient client = new SafeHttpClient(SafeHttpClient.Limits.defaults()
            .withConnectTimeout(Duration.ofSeconds(2))
            .withReadTimeout(Duration.ofMillis(700))
            .withMaxBodyBytes(1024));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldExposeStatusHeadersAndBody() throws Exception {
        server.on(
                "/feed",
                respond(
                        200,
                        "application/rss+xml; charset=utf-8",
                        "<rss/>",
                        "ETag",
                        "\"v1\"",
                        "Last-Modified",
                        "Tue, 04 Mar 2025 10:00:00 GMT"));

        FetchedResponse response = client.get(server.uri("/feed"));

        assertEquals(200, response.status());
        assertEquals(server.uri("/feed"), response.uri());
        assertEquals("application/rss+xml; charset=utf-8", response.contentType());
        assertEquals("\"v1\"", response.etag());
        assertEquals("Tue, 04 Mar 2025 10:00:00 GMT", response.lastModified());
        assertArrayEquals("<rss/>".getBytes(StandardCharsets.UTF_8), response.body());
        assertFalse(response.notModified());
    }

    @Test
    void shouldSendValidatorsAndReportNotModified() throws Exception {
        server.on("/feed", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackServer.send(exchange, same ? 304 : 200, "application/rss+xml", "<rss/>".getBytes());
        });

        FetchedResponse response =
                client.get(server.uri("/feed"), new Validators("\"v1\"", "Tue, 04 Mar 2025 10:00:00 GMT"));

        assertTrue(response.notModified());
        assertEquals(0, response.body().length);
        LoopbackServer.Request request = server.requests("/feed").get(0);
        assertEquals("\"v1\"", request.header("If-None-Match"));
        assertEquals("Tue, 04 Mar 2025 10:00:00 GMT", request.header("If-Modified-Since"));
    }

    @Test
    void shouldNotSendValidatorsItDoesNotHave() throws Exception {
        server.on("/feed", respond(200, "text/xml", "<rss/>"));

        client.get(server.uri("/feed"));

        assertNull(server.requests("/feed").get(0).header("If-None-Match"));
        assertNull(server.requests("/feed").get(0).header("If-Modified-Since"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/feed.xml", "file:///etc/passwd", "jar:file:/x.jar!/a", "gopher://h/"})
    void shouldRefuseSchemesOtherThanHttp(String url) {
        FetchException error = assertThrows(FetchException.class, () -> client.get(URI.create(url)));

        assertEquals(FetchFailure.BAD_SCHEME, error.failure());
        assertFalse(error.isRetriable());
        assertTrue(error.getMessage().contains("only http and https"), error.getMessage());
    }

    @Test
    void shouldFollowRedirectsToHttpAndReportTheFinalUrl() throws Exception {
        server.on("/old", respond(301, null, "", "Location", "/moved"))
                .on(
                        "/moved",
                        respond(302, null, "", "Location", server.uri("/feed").toString()))
                .on("/feed", respond(200, "text/xml", "<rss/>"));

        FetchedResponse response = client.get(server.uri("/old"));

        assertEquals(200, response.status());
        assertEquals(server.uri("/feed"), response.uri());
    }

    @Test
    void shouldRefuseARedirectToAFileUrl() {
        server.on("/feed", respond(302, null, "", "Location", "file:///etc/passwd"));

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/feed")));

        assertEquals(FetchFailure.BAD_SCHEME, error.failure());
        assertTrue(error.getMessage().contains("redirect from " + server.uri("/feed")), error.getMessage());
        assertTrue(error.getMessage().contains("file:///etc/passwd"), error.getMessage());
    }

    @Test
    void shouldGiveUpAfterFiveRedirects() {
        server.on("/loop", respond(307, null, "", "Location", "/loop"));

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/loop")));

        assertEquals(FetchFailure.BAD_REDIRECT, error.failure());
        assertEquals(6, server.requests("/loop").size());
        assertTrue(error.getMessage().contains("more than 5 redirects"), error.getMessage());
    }

    @Test
    void shouldRejectABodyLargerThanTheLimit() {
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'a');
        server.on("/big", respond(200, "text/xml", big));

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/big")));

        assertEquals(FetchFailure.TOO_LARGE, error.failure());
        assertFalse(error.isRetriable());
        assertTrue(error.getMessage().contains("larger than the limit of 1024 bytes"), error.getMessage());
    }

    @Test
    void shouldStopReadingAnUndeclaredBodyAtTheLimit() {
        server.on("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length declared
            OutputStream body = exchange.getResponseBody();
            byte[] chunk = new byte[512];
            for (int i = 0; i < 10_000; i++) {
                body.write(chunk);
                body.flush();
            }
        });

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/endless")));

        assertEquals(FetchFailure.TOO_LARGE, error.failure());
    }

    @Test
    void shouldAcceptABodyOfExactlyTheLimit() throws Exception {
        server.on("/exact", respond(200, "text/plain", new byte[1024]));

        assertEquals(1024, client.get(server.uri("/exact")).body().length);
    }

    @Test
    void shouldTimeOutWhenTheServerDoesNotAnswer() {
        server.on("/slow", server.stall());

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/slow")));

        assertEquals(FetchFailure.TIMEOUT, error.failure());
        assertTrue(error.isRetriable());
        assertTrue(error.getMessage().contains("did not answer within 700 ms"), error.getMessage());
    }

    @Test
    void shouldTimeOutABodyThatStopsHalfway() {
        server.on("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<rss>".getBytes());
            exchange.getResponseBody().flush();
            server.awaitClose();
        });

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/trickle")));

        assertEquals(FetchFailure.TIMEOUT, error.failure());
    }

    @Test
    void shouldReportARefusedConnectionAsRetriable() {
        URI nobody = LoopbackServer.refusingUri("/feed");

        FetchException error = assertThrows(FetchException.class, () -> client.get(nobody));

        assertEquals(FetchFailure.UNREACHABLE, error.failure());
        assertTrue(error.isRetriable());
        assertTrue(error.getMessage().contains("could not connect to 127.0.0.1:"), error.getMessage());
        assertTrue(error.getMessage().toLowerCase(Locale.ROOT).contains("connection refused"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429})
    void shouldReportServerErrorsAndThrottlingAsRetriable(int status) {
        server.on("/feed", respond(status, "text/plain", "busy"));

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/feed")));

        assertTrue(error.isRetriable());
        assertTrue(error.getMessage().contains("answered " + status), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410})
    void shouldReportClientErrorsAsPermanent(int status) {
        server.on("/feed", respond(status, "text/plain", "no"));

        FetchException error = assertThrows(FetchException.class, () -> client.get(server.uri("/feed")));

        assertEquals(FetchFailure.CLIENT_ERROR, error.failure());
        assertFalse(error.isRetriable());
    }
}
