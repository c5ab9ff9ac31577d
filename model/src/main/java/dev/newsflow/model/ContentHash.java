package dev.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The content hash of an article: SHA-256 (lower-case hex) of its title and body, each with case and runs of white
 * space folded. Two versions of an article share an id but differ in content hash; re-ingesting the same text
 * gives the same hash.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(String title, String body) {
        return sha256(normalize(title) + "\n" + normalize(body));
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, in lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
