package dev.newsflow.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The article store on SQLite (the embedded default) or PostgreSQL, chosen by the JDBC URL. The schema is created
 * and upgraded by versioned migrations ({@code db/migration/<dialect>/V*.sql}) when the store opens.
 *
 * <p>Not thread-safe: it holds one connection. A connection that broke is replaced on the next call.
 */
public final class JdbcArticleStore implements ArticleStore {

    private final String url;
    private final StoreDialect dialect;
    private final Clock clock;
    private Connection connection;

    private JdbcArticleStore(String url, StoreDialect dialect, Clock clock) {
        this.url = url;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens the store at {@code jdbcUrl}, creating or migrating its schema first. */
    public static JdbcArticleStore open(String jdbcUrl, Clock clock) throws SQLException {
        StoreDialect dialect = StoreDialect.of(jdbcUrl);
        if (dialect == StoreDialect.SQLITE) {
            createParentFolder(jdbcUrl);
        }
        Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration/" + dialect.migrations)
                .loggers("slf4j")
                .load()
                .migrate();
        JdbcArticleStore store = new JdbcArticleStore(jdbcUrl, dialect, clock);
        store.connection();
        return store;
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "");
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection != null && !connection.isClosed() && connection.isValid(5)) {
            return connection;
        }
        closeQuietly();
        connection = DriverManager.getConnection(url);
        if (dialect == StoreDialect.SQLITE) {
            try (Statement pragma = connection.createStatement()) {
                // WAL lets readers (newsflow search, sqlite3) look while the sink writes
                pragma.execute("PRAGMA journal_mode=WAL");
                pragma.execute("PRAGMA busy_timeout=5000");
            }
        }
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public void upsert(List<StoredRecord> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Connection db = connection();
        String storedAt = clock.instant().toString();
        try (PreparedStatement upsert = db.prepareStatement(dialect.upsert())) {
            for (StoredRecord stored : articles) {
                EnrichedArticle a = stored.article();
                int i = 0;
                upsert.setString(++i, a.id());
                upsert.setInt(++i, a.schemaVersion());
                upsert.setString(++i, a.url());
                upsert.setString(++i, a.source());
                upsert.setString(++i, a.title());
                upsert.setString(++i, json(a.authors()));
                upsert.setString(++i, a.publishedAt());
                upsert.setString(++i, a.language());
                upsert.setString(++i, a.body());
                upsert.setString(++i, json(a.entities()));
                upsert.setString(++i, json(a.topics()));
                upsert.setString(++i, json(a.models()));
                upsert.setString(++i, a.ingestedAt().toString());
                upsert.setString(++i, a.enrichedAt().toString());
                upsert.setString(++i, storedAt);
                upsert.setString(++i, stored.json());
                upsert.addBatch();
            }
            upsert.executeBatch();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(db);
            throw e;
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record fields always serialize", e);
        }
    }

    @Override
    public long count() throws SQLException {
        Connection db = connection();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        } finally {
            db.rollback();
        }
    }

    @Override
    public Optional<EnrichedArticle> find(String id) throws SQLException {
        Connection db = connection();
        try (PreparedStatement query = db.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(Json.MAPPER.readValue(rows.getString(1), EnrichedArticle.class));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("stored record of " + id + " is not an enriched article", e);
        } finally {
            db.rollback();
        }
    }

    private static void rollbackQuietly(Connection db) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction went with it
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // replacing a broken connection
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
