package dev.newsflow.sink;

/** The SQL that differs between the stores newsflow writes to. */
enum StoreDialect {
    SQLITE("sqlite", "?", "?"),
    POSTGRESQL("postgresql", "CAST(? AS JSONB)", "CAST(? AS TIMESTAMPTZ)");

    final String migrations;
    private final String json;
    private final String instant;

    StoreDialect(String migrations, String json, String instant) {
        this.migrations = migrations;
        this.json = json;
        this.instant = instant;
    }

    static StoreDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported store " + jdbcUrl + ": use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** Both stores understand ON CONFLICT (SQLite since 3.24); they differ in how JSON and instants are cast. */
    String upsert() {
        return "INSERT INTO articles (id, schema_version, url, source, title, authors, published_at, language, body,"
                + " entities, topics, models, ingested_at, enriched_at, stored_at, record)"
                + " VALUES (?, ?, ?, ?, ?, " + json + ", ?, ?, ?, " + json + ", " + json + ", " + json + ", "
                + instant + ", " + instant + ", " + instant + ", " + json + ")"
                + " ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version, url = excluded.url,"
                + " source = excluded.source, title = excluded.title, authors = excluded.authors,"
                + " published_at = excluded.published_at, language = excluded.language, body = excluded.body,"
                + " entities = excluded.entities, topics = excluded.topics, models = excluded.models,"
                + " ingested_at = excluded.ingested_at, enriched_at = excluded.enriched_at,"
                + " stored_at = excluded.stored_at, record = excluded.record";
    }
}
