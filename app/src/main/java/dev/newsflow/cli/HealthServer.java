package dev.newsflow.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves {@code GET /health} for a running pipeline: 200 with each stage's state when all run, 503 otherwise.
 * The JDK's own HTTP server: one endpoint does not justify a web framework.
 */
final class HealthServer implements AutoCloseable {

    private final HttpServer server;

    /** @param stages stage name to whether it runs, and its state in words */
    HealthServer(int port, Supplier<Map<String, StageHealth>> stages) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/health", exchange -> respond(exchange, stages.get()));
        server.start();
    }

    record StageHealth(boolean up, String state) {}

    private static void respond(HttpExchange exchange, Map<String, StageHealth> stages) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            boolean up = stages.values().stream().allMatch(StageHealth::up);
            byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("status", up ? "UP" : "DOWN", "stages", stages));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
