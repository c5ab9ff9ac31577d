package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A raw article as ingest publishes it to the raw topic, keyed by {@link #id()}.
 *
 * <p>Fields:
 * <ul>
 *   <li>{@code id} — stable across re-ingests: SHA-256 (hex) of the canonical URL when there is one, else of the
 *       normalized title and body.
 *   <li>{@code schemaVersion} — {@link #SCHEMA_VERSION} for records written by this version.
 *   <li>{@code url} — canonical URL, or null.
 *   <li>{@code source} — where the article came from: a publisher name, or the file or feed it was read from.
 *   <li>{@code authors} — never null, possibly empty.
 *   <li>{@code publishedAt} — ISO-8601 date ({@code 2025-02-20}) or date-time with offset, or null when unknown.
 *   <li>{@code language} — ISO 639-1 code, or null when unknown.
 *   <li>{@code body} — paragraphs separated by one blank line.
 *   <li>{@code ingestedAt} — when ingest read the article.
 *   <li>{@code contentHash} — {@link ContentHash} of title and body: a changed text under the same id is a new
 *       version of the article; the newest one written wins downstream.
 * </ul>
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(
        String id,
        int schemaVersion,
        String url,
        String source,
        String title,
        List<String> authors,
        String publishedAt,
        String language,
        String body,
        Instant ingestedAt,
        String contentHash) {

    /** The version of the record layout this code writes; readers accept records of any version. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        requireText(id, "id");
        requireText(title, "title");
        requireText(body, "body");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        contentHash = contentHash == null ? ContentHash.of(title, body) : contentHash;
    }

    /** An article whose content hash is computed from its title and body. */
    public Article(
            String id,
            int schemaVersion,
            String url,
            String source,
            String title,
            List<String> authors,
            String publishedAt,
            String language,
            String body,
            Instant ingestedAt) {
        this(id, schemaVersion, url, source, title, authors, publishedAt, language, body, ingestedAt, null);
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("article has no " + field);
        }
    }
}
