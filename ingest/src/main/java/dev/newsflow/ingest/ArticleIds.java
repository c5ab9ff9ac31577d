package dev.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

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
            return sha256(canonicalUrl.strip());
        }
        return sha256(normalize(title) + "\n" + normalize(body));
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
