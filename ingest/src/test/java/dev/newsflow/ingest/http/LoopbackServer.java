package dev.newsflow.ingest.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, for tests; it records every request it gets. */
public final class LoopbackServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String method, String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    public static LoopbackServer start() {
        return new LoopbackServer();
    }

    /** Serves {@code path} (and everything below it) with {@code handler}, recording each request first. */
    public LoopbackServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** A handler that answers with a fixed status, body and headers given as name, value pairs. */
    public static HttpHandler respond(int status, String contentType, String body, String... headers) {
        return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static HttpHandler respond(int status, String contentType, byte[] body, String... headers) {
        return exchange -> send(exchange, status, contentType, body, headers);
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        boolean noBody = status == 304 || status == 204 || body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    /** A handler that never answers until the server closes: for timeouts. */
    public HttpHandler stall() {
        return exchange -> awaitClose();
    }

    /** Blocks the calling handler until the server closes. */
    public void awaitClose() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A loopback URL on which nothing listens: connections are refused. */
    public static URI refusingUri(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
