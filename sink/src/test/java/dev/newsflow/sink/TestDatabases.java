package dev.newsflow.sink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Databases for tests, each test with its own. PostgreSQL comes from a server on 127.0.0.1:5432 when one answers
 * (user {@code postgres}, trust auth, as on the project's machines), else from a pinned Testcontainers image when
 * Docker runs, else the test is skipped with a message.
 */
public final class TestDatabases {

    private static final String LOCAL_SERVER =
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=3";
    private static final String IMAGE = "postgres:16.4-alpine";
    private static PostgreSQLContainer<?> container;
    private static final List<String> created = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
    }

    private TestDatabases() {}

    public static String sqlite(Path folder) {
        return "jdbc:sqlite:" + folder.resolve("newsflow-test.db");
    }

    /** A JDBC URL of a new, empty PostgreSQL database; skips the calling test when there is no PostgreSQL. */
    public static String postgres() {
        String server = localServer();
        if (server == null) {
            server = containerServer();
        }
        Assumptions.assumeTrue(
                server != null, "skipped: no PostgreSQL on 127.0.0.1:5432 and no Docker for Testcontainers");
        String database = "newsflow_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(server);
                Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
            synchronized (created) {
                created.add(server + " " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return server.replaceFirst("/[^/?]+\\?", "/" + database + "?");
    }

    /** Leaves the developer's PostgreSQL as it was: the test databases go when the test JVM exits. */
    private static void dropCreated() {
        synchronized (created) {
            for (String entry : created) {
                String server = entry.substring(0, entry.indexOf(' '));
                String database = entry.substring(entry.indexOf(' ') + 1);
                try (Connection admin = DriverManager.getConnection(server);
                        Statement drop = admin.createStatement()) {
                    drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (SQLException ignored) {
                    // the server went first (a container); nothing is left behind
                }
            }
        }
    }

    private static String localServer() {
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER)) {
            return LOCAL_SERVER;
        } catch (SQLException e) {
            return null;
        }
    }

    private static synchronized String containerServer() {
        if (container == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return null;
            }
            container = new PostgreSQLContainer<>(IMAGE);
            container.start();
        }
        return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                + container.getUsername() + "&password=" + container.getPassword();
    }
}
