package dev.newsflow.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.ingest.Publisher;
import dev.newsflow.ingest.parse.JsonArticleParser;
import dev.newsflow.ingest.parse.RejectedInputException;
import dev.newsflow.model.Article;
import dev.newsflow.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: articles pushed over HTTP, published like any other input.
 *
 * <p>The body is one JSON article object, a JSON array of them, or JSON Lines. JSON Lines is chosen by the
 * content type ({@code application/x-ndjson}, {@code application/jsonl}, {@code application/x-jsonlines}); then
 * each line stands alone and a malformed line rejects only that item. Otherwise the body must be valid JSON as a
 * whole: one or more top-level values, a single array counting as its elements. Items use the field names of
 * {@link JsonArticleParser}.
 *
 * <p>Answers, each with a JSON body:
 * <ul>
 *   <li>{@code 202 {"accepted":[ids], "rejected":[{"index":i,"reason":...}]}} — at least one item was an article,
 *       and every article was published and acknowledged. The good items of a batch are published even when
 *       others are rejected; {@code index} counts items from 0.
 *   <li>{@code 400} — the body is not valid JSON, or no item is an article; nothing is published.
 *   <li>{@code 401} — a bearer token is configured and the request does not carry it.
 *   <li>{@code 405} — a method other than POST. {@code 404} — another path.
 *   <li>{@code 413} — the body is larger than {@link Options#maxBodyBytes()}; reading stops there, nothing is
 *       published.
 *   <li>{@code 415} — a content type that is not JSON or JSON Lines (none at all is accepted).
 *   <li>{@code 503} — the publisher did not acknowledge every article in time; some may be published. Retrying
 *       the request is safe, articles are keyed by id.
 * </ul>
 *
 * <p>Requests are handled on a bounded pool; when it is busy the server's accept thread handles the request itself,
 * which holds back new connections instead of queueing without bound.
 */
public final class ArticleEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleEndpoint.class);

    /** The path this endpoint serves. */
    public static final String PATH = "/articles";

    /** The origin given to the parser; it is the article's source when the article names none. */
    static final String ORIGIN = "POST /articles";

    private static final Set<String> JSON_LINES_TYPES =
            Set.of("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines");
    private static final Set<String> JSON_TYPES = Set.of("application/json", "text/json");

    /**
     * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port the port; 0 picks a free one, see {@link #port()}
     * @param bearerToken the token requests must carry as {@code Authorization: Bearer ...}, or null for none
     * @param maxBodyBytes the largest request body read
     * @param threads how many requests are handled at once
     * @param publishTimeout how long a request waits for the publisher's acknowledgements
     */
    public record Options(
            String host, int port, String bearerToken, long maxBodyBytes, int threads, Duration publishTimeout) {

        public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

        public static Options defaults() {
            return new Options("127.0.0.1", 8088, null, DEFAULT_MAX_BODY_BYTES, 4, Duration.ofSeconds(30));
        }

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maximum body size out of range: " + maxBodyBytes);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("the endpoint needs at least one thread");
            }
            if (bearerToken != null && bearerToken.isBlank()) {
                throw new IllegalArgumentException("a bearer token must not be blank; leave it unset for none");
            }
        }

        public Options withHost(String value) {
            return new Options(value, port, bearerToken, maxBodyBytes, threads, publishTimeout);
        }

        public Options withPort(int value) {
            return new Options(host, value, bearerToken, maxBodyBytes, threads, publishTimeout);
        }

        public Options withBearerToken(String value) {
            return new Options(host, port, value, maxBodyBytes, threads, publishTimeout);
        }

        public Options withMaxBodyBytes(long value) {
            return new Options(host, port, bearerToken, value, threads, publishTimeout);
        }

        public Options withThreads(int value) {
            return new Options(host, port, bearerToken, maxBodyBytes, value, publishTimeout);
        }

        public Options withPublishTimeout(Duration value) {
            return new Options(host, port, bearerToken, maxBodyBytes, threads, value);
        }
    }

    /**
     * The endpoint's counters since it started; an immutable snapshot.
     *
     * @param requests requests answered
     * @param accepted articles published and acknowledged
     * @param rejected items that were not articles
     * @param responses requests by response status
     */
    public record Stats(long requests, long accepted, long rejected, Map<Integer, Long> responses) {
        public Stats {
            responses = Map.copyOf(responses);
        }
    }

    private final Options options;
    private final Publisher publisher;
    private final Clock clock;
    private final JsonArticleParser parser = new JsonArticleParser();
    private final byte[] tokenDigest;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();

    private final Object activity = new Object();
    private int active;
    private volatile boolean closing;

    private HttpServer server;
    private ThreadPoolExecutor executor;

    public ArticleEndpoint(Options options, Publisher publisher, Clock clock) {
        this.options = options;
        this.publisher = publisher;
        this.clock = clock;
        this.tokenDigest = options.bearerToken() == null ? null : sha256(options.bearerToken());
    }

    /** Binds the port and starts serving. */
    public synchronized ArticleEndpoint start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("the article endpoint is already started");
        }
        closing = false;
        AtomicInteger threadNumber = new AtomicInteger();
        executor = new ThreadPoolExecutor(
                options.threads(),
                options.threads(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.threads() * 16),
                task -> {
                    Thread thread = new Thread(task, "newsflow-endpoint-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        log.info("accepting articles on {}", uri());
        return this;
    }

    /** The bound port; the chosen one when the options asked for port 0. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("the article endpoint is not started");
        }
        return server.getAddress().getPort();
    }

    /** The URL to post articles to. */
    public URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + PATH);
    }

    public Stats stats() {
        Map<Integer, Long> byStatus = responses.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
        return new Stats(requests.get(), accepted.get(), rejected.get(), byStatus);
    }

    /**
     * Stops serving: requests that arrive from now on get {@code 503}, those in progress get up to
     * {@link Options#publishTimeout()} to finish, then the port is closed.
     */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        synchronized (activity) {
            closing = true;
            long deadline = System.nanoTime() + options.publishTimeout().toNanos();
            try {
                while (active > 0 && System.nanoTime() < deadline) {
                    activity.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // not stop(n): on Java 17 it waits the full n seconds even when nothing is in progress
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    private record Response(int status, ObjectNode body, Map<String, String> headers) {
        static Response of(int status, ObjectNode body) {
            return new Response(status, body, Map.of());
        }
    }

    private void handle(HttpExchange exchange) {
        synchronized (activity) {
            active++;
        }
        try (exchange) {
            Response response;
            try {
                response = closing
                        ? new Response(503, error("the endpoint is shutting down"), Map.of("Retry-After", "5"))
                        : respond(exchange);
            } catch (IOException e) {
                log.debug("request from {} broke off: {}", exchange.getRemoteAddress(), e.toString());
                return;
            } catch (RuntimeException e) {
                log.error("request from {} failed", exchange.getRemoteAddress(), e);
                response = Response.of(500, error("internal error: " + e));
            }
            send(exchange, response);
        } catch (IOException e) {
            log.debug("could not answer {}: {}", exchange.getRemoteAddress(), e.toString());
        } finally {
            synchronized (activity) {
                active--;
                activity.notifyAll();
            }
        }
    }

    private Response respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
            return Response.of(404, error("no such resource: " + path + "; articles are posted to " + PATH));
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            return new Response(
                    405,
                    error("method " + exchange.getRequestMethod() + " not allowed; use POST"),
                    Map.of("Allow", "POST"));
        }
        if (tokenDigest != null && !authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return new Response(
                    401,
                    error("missing or wrong bearer token"),
                    Map.of("WWW-Authenticate", "Bearer realm=\"newsflow\""));
        }
        String mediaType = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
        boolean lines = mediaType != null && JSON_LINES_TYPES.contains(mediaType);
        if (!lines && mediaType != null && !JSON_TYPES.contains(mediaType) && !mediaType.endsWith("+json")) {
            return Response.of(
                    415,
                    error("content type " + mediaType + " not supported; send application/json or"
                            + " application/x-ndjson"));
        }
        byte[] body = readLimited(exchange);
        if (body == null) {
            return new Response(
                    413,
                    error("request body larger than the limit of " + options.maxBodyBytes() + " bytes; nothing was"
                            + " published"),
                    Map.of("Connection", "close"));
        }
        List<JsonNode> items = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try {
            if (lines) {
                readLines(body, items, rejections);
            } else {
                readJson(body, items);
            }
        } catch (InvalidBody e) {
            return Response.of(400, error(e.getMessage() + "; nothing was published"));
        }
        return publish(items, rejections);
    }

    private Response publish(List<JsonNode> items, List<Rejection> rejections) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item == null) {
                continue; // a malformed line, already rejected
            }
            try {
                articles.add(parser.parse(item, ORIGIN, clock.instant()));
            } catch (RejectedInputException e) {
                rejections.add(new Rejection(i, e.getMessage()));
            }
        }
        rejections.sort((a, b) -> Integer.compare(a.index(), b.index()));
        rejected.addAndGet(rejections.size());
        if (articles.isEmpty()) {
            ObjectNode body = error(
                    items.isEmpty()
                            ? "no article in the request; nothing was published"
                            : "no item is an article;" + " nothing was published");
            body.putArray("accepted");
            body.set("rejected", rejectionsJson(rejections));
            return Response.of(400, body);
        }
        List<CompletableFuture<Void>> acknowledgements = new ArrayList<>();
        for (Article article : articles) {
            try {
                acknowledgements.add(publisher.publish(article));
            } catch (RuntimeException e) {
                acknowledgements.add(CompletableFuture.failedFuture(e));
            }
        }
        String failure = awaitAcknowledgements(acknowledgements);
        if (failure != null) {
            log.error("articles posted to {} not published: {}", PATH, failure);
            ObjectNode body = error("publishing failed: " + failure + "; retry the request");
            body.set("rejected", rejectionsJson(rejections));
            return new Response(503, body, Map.of("Retry-After", "5"));
        }
        accepted.addAndGet(articles.size());
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode ids = body.putArray("accepted");
        articles.forEach(article -> ids.add(article.id()));
        body.set("rejected", rejectionsJson(rejections));
        return Response.of(202, body);
    }

    /** Null when every article was acknowledged in time, else the first reason one was not. */
    private String awaitAcknowledgements(List<CompletableFuture<Void>> acknowledgements) {
        CompletableFuture<Void> all = CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new));
        try {
            all.get(options.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return "not acknowledged within " + options.publishTimeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for acknowledgement";
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            return cause.getMessage() == null ? cause.toString() : cause.getMessage();
        }
    }

    private record Rejection(int index, String reason) {}

    /** A body that is not JSON as a whole. */
    private static final class InvalidBody extends Exception {
        InvalidBody(String message) {
            super(message);
        }
    }

    private static void readJson(byte[] body, List<JsonNode> items) throws InvalidBody {
        int first = firstNonSpace(body);
        if (first < 0) {
            throw new InvalidBody("empty body");
        }
        if (body[first] != '{' && body[first] != '[') {
            throw new InvalidBody("invalid JSON: expected a JSON object, an array of objects, or JSON Lines");
        }
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                Json.MAPPER.readerFor(JsonNode.class).readValues(body)) {
            while (it.hasNextValue()) {
                values.add(it.nextValue());
            }
        } catch (JsonProcessingException e) {
            throw new InvalidBody("invalid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new InvalidBody("invalid JSON: " + e.getMessage());
        }
        if (values.size() == 1 && values.get(0).isArray()) {
            values.get(0).forEach(items::add);
        } else {
            items.addAll(values);
        }
    }

    private static void readLines(byte[] body, List<JsonNode> items, List<Rejection> rejections) throws InvalidBody {
        String text = new String(body, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        for (int lineNumber = 1; lineNumber <= lines.size(); lineNumber++) {
            String line = lines.get(lineNumber - 1);
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(Json.MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                rejections.add(new Rejection(
                        items.size(), "malformed JSON on line " + lineNumber + ": " + e.getOriginalMessage()));
                items.add(null);
            }
        }
        if (items.isEmpty()) {
            throw new InvalidBody("empty body");
        }
    }

    /** The body, or null when it is larger than the limit. */
    private byte[] readLimited(HttpExchange exchange) throws IOException {
        long max = options.maxBodyBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
        }
        InputStream in = exchange.getRequestBody();
        if (length > max) {
            swallow(in, length <= max + swallowLimit() ? length : 0);
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                swallow(in, swallowLimit());
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops up to {@code limit} more bytes, so that a client that sends its whole body before reading
     * the answer still gets the 413; past that the connection is closed on it.
     */
    private static void swallow(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long left = limit;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
            left -= n;
        }
    }

    private long swallowLimit() {
        return Math.max(options.maxBodyBytes(), 1024 * 1024);
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // digests have one length, so the comparison takes the same time whatever the token sent
        return MessageDigest.isEqual(
                tokenDigest, sha256(authorization.substring(7).strip()));
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        requests.incrementAndGet();
        responses.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
        byte[] bytes = Json.MAPPER.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", message);
        return body;
    }

    private static ArrayNode rejectionsJson(List<Rejection> rejections) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Rejection rejection : rejections) {
            array.addObject().put("index", rejection.index()).put("reason", rejection.reason());
        }
        return array;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static int firstNonSpace(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF
                ? 3
                : 0;
        for (int i = start; i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
