package dev.newsflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleEndpointTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String TOKEN = "s3cret-t0ken";

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<ArticleEndpoint> endpoints = new ArrayList<>();

    @AfterEach
    void stop() {
        endpoints.forEach(ArticleEndpoint::close);
    }

    private ArticleEndpoint endpoint(ArticleEndpoint.Options options) throws Exception {
        ArticleEndpoint endpoint = new ArticleEndpoint(options, publisher, CLOCK).start();
        endpoints.add(endpoint);
        return endpoint;
    }

    private ArticleEndpoint endpoint() throws Exception {
        return endpoint(ArticleEndpoint.Options.defaults().withPort(0));
    }

    private HttpResponse<String> post(URI uri, String contentType, String body, String... headers) throws Exception {
        return post(uri, contentType, HttpRequest.BodyPublishers.ofString(body), headers);
    }

    private HttpResponse<String> post(URI uri, String contentType, HttpRequest.BodyPublisher body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(body).timeout(Duration.ofSeconds(20));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    static String article(String headline, String url) {
        return "{\"headline\":\"" + headline + "\",\"articleBody\":\"Body of " + headline + ".\",\"url\":\"" + url
                + "\",\"author\":{\"name\":\"Jane Doe\"}}";
    }

    private static final String A = article("Pier reopens", "https://news.example/pier");
    private static final String B = article("Market moves", "https://news.example/market");
    private static final String C = article("Bridge closed", "https://news.example/bridge");

    @Test
    void shouldAcceptAGoodBatchAndAnswerEveryId() throws Exception {
        ArticleEndpoint endpoint = endpoint();

        HttpResponse<String> response = post(endpoint.uri(), "application/json", "[" + A + "," + B + "," + C + "]");

        assertEquals(202, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> ids = texts(json(response).get("accepted"));
        assertEquals(publisher.publishedIds(), ids);
        assertEquals(
                List.of(
                        ArticleIds.of("https://news.example/pier", null, null),
                        ArticleIds.of("https://news.example/market", null, null),
                        ArticleIds.of("https://news.example/bridge", null, null)),
                ids);
        assertEquals(0, json(response).get("rejected").size());
        assertEquals(3, endpoint.stats().accepted());
    }

    @Test
    void shouldAcceptASingleObject() throws Exception {
        HttpResponse<String> response = post(endpoint().uri(), "application/json; charset=utf-8", A);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(List.of("Pier reopens"), publisher.publishedTitles());
        assertEquals("Jane Doe", publisher.published().get(0).authors().get(0));
    }

    @Test
    void shouldAcceptJsonLinesAndRejectOnlyTheMalformedLine() throws Exception {
        String lines = A + "\n{\"headline\": \"Broken\", \n" + B + "\n";

        HttpResponse<String> response = post(endpoint().uri(), "application/x-ndjson", lines);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(List.of("Pier reopens", "Market moves"), publisher.publishedTitles());
        JsonNode rejected = json(response).get("rejected");
        assertEquals(1, rejected.size());
        assertEquals(1, rejected.get(0).get("index").asInt());
        assertTrue(rejected.get(0).get("reason").asText().startsWith("malformed JSON on line 2"), response.body());
    }

    @Test
    void shouldReadConcatenatedObjectsWithoutAContentTypeAsOneItemEach() throws Exception {
        HttpResponse<String> response = post(endpoint().uri(), null, A + "\n" + B + "\n");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(2, json(response).get("accepted").size());
    }

    @Test
    void shouldPublishTheGoodItemsOfABatchAndRejectTheOthersByIndex() throws Exception {
        String noTitle = "{\"articleBody\":\"A body.\"}";

        HttpResponse<String> response =
                post(endpoint().uri(), "application/json", "[" + A + "," + noTitle + "," + B + "]");

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(List.of("Pier reopens", "Market moves"), publisher.publishedTitles());
        JsonNode rejection = json(response).get("rejected").get(0);
        assertEquals(1, rejection.get("index").asInt());
        assertTrue(rejection.get("reason").asText().startsWith("no title"), response.body());
    }

    @Test
    void shouldAnswer400WithEveryReasonWhenNoItemIsAnArticle() throws Exception {
        HttpResponse<String> response =
                post(endpoint().uri(), "application/json", "[{\"articleBody\":\"x\"}, {\"headline\":\"y\"}, 42]");

        assertEquals(400, response.statusCode(), response.body());
        JsonNode rejected = json(response).get("rejected");
        assertEquals(3, rejected.size());
        assertTrue(rejected.get(1).get("reason").asText().startsWith("no body"), response.body());
        assertEquals(
                "expected a JSON object, found number",
                rejected.get(2).get("reason").asText());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAnswer400AndPublishNothingForInvalidJson() throws Exception {
        HttpResponse<String> response = post(endpoint().uri(), "application/json", "[" + A + ", {\"headline\": ");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().startsWith("invalid JSON"), response.body());
        assertEquals(List.of(), publisher.published());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Bearer wrong-token", "Basic czNjcmV0LXQwa2Vu", "Bearer ", "s3cret-t0ken"})
    void shouldAnswer401AndPublishNothingWithoutTheRightToken(String authorization) throws Exception {
        ArticleEndpoint endpoint =
                endpoint(ArticleEndpoint.Options.defaults().withPort(0).withBearerToken(TOKEN));

        HttpResponse<String> response = authorization == null
                ? post(endpoint.uri(), "application/json", A)
                : post(endpoint.uri(), "application/json", A, "Authorization", authorization);

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(
                "Bearer realm=\"newsflow\"",
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAcceptTheRightToken() throws Exception {
        ArticleEndpoint endpoint =
                endpoint(ArticleEndpoint.Options.defaults().withPort(0).withBearerToken(TOKEN));

        HttpResponse<String> response = post(endpoint.uri(), "application/json", A, "Authorization", "Bearer " + TOKEN);

        assertEquals(202, response.statusCode(), response.body());
    }

    @Test
    void shouldAnswer413AndPublishNothingForABodyOverTheLimit() throws Exception {
        ArticleEndpoint endpoint =
                endpoint(ArticleEndpoint.Options.defaults().withPort(0).withMaxBodyBytes(4096));
        String batch = "[" + String.join(",", java.util.Collections.nCopies(60, A)) + "]";

        HttpResponse<String> response = post(endpoint.uri(), "application/json", batch);

        assertTrue(batch.length() > 4096);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().contains("limit of 4096 bytes"), response.body());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAnswer413ForAnUndeclaredLengthOverTheLimit() throws Exception {
        ArticleEndpoint endpoint =
                endpoint(ArticleEndpoint.Options.defaults().withPort(0).withMaxBodyBytes(4096));
        byte[] batch = ("[" + String.join(",", java.util.Collections.nCopies(60, A)) + "]").getBytes();

        HttpResponse<String> response = post(
                endpoint.uri(),
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(batch)));

        assertEquals(413, response.statusCode(), response.body());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAnswer413ForTheDefaultLimitOfTenMebibytes() throws Exception {
        String padding = " ".repeat(10 * 1024 * 1024);

        HttpResponse<String> response = post(endpoint().uri(), "application/json", "[" + A + padding + "]");

        assertEquals(413, response.statusCode(), response.body());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAnswer405ForOtherMethods() throws Exception {
        ArticleEndpoint endpoint = endpoint();

        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(endpoint.uri()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(null));
    }

    @Test
    void shouldAnswer404ForOtherPaths() throws Exception {
        ArticleEndpoint endpoint = endpoint();

        HttpResponse<String> response = post(endpoint.uri().resolve("/articlesx"), "application/json", A);

        assertEquals(404, response.statusCode());
        assertEquals(List.of(), publisher.published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void shouldAnswer415ForContentTypesThatAreNotJson(String contentType) throws Exception {
        HttpResponse<String> response = post(endpoint().uri(), contentType, A);

        assertEquals(415, response.statusCode(), response.body());
        assertEquals(List.of(), publisher.published());
    }

    @Test
    void shouldAnswer503WithTheReasonWhenPublishingFails() throws Exception {
        publisher.failWith("broker unreachable");

        HttpResponse<String> response = post(endpoint().uri(), "application/json", "[" + A + "," + B + "]");

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().contains("broker unreachable"), response.body());
        assertEquals("5", response.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void shouldCountResponsesByStatus() throws Exception {
        ArticleEndpoint endpoint = endpoint();
        post(endpoint.uri(), "application/json", A);
        post(endpoint.uri(), "application/json", "{");

        ArticleEndpoint.Stats stats = endpoint.stats();

        assertEquals(2, stats.requests());
        assertEquals(1L, stats.responses().get(202));
        assertEquals(1L, stats.responses().get(400));
    }
}
