package dev.newsflow.ingest;

import dev.newsflow.model.ContentHash;

/**
 * Article ids: stable across re-ingests of the same article, so that every stage can upsert by key.
 *
 * <p>With a canonical URL the id is the SHA-256 of that URL; without one, of the normalized title and body (case
 * and runs of white space do not change the id).
 */
public final class ArticleIds {

    private ArticleIds() {}

    public static String of(String canonicalUrl, String title, String body) {
        if (canonicalUrl != null && !canonicalUrl.isBlank()) {
            return ContentHash.sha256(canonicalUrl.strip());
        }
        return ContentHash.of(title, body);
    }
}
