package dev.newsflow.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The feed fixtures under {@code src/test/resources/feeds/}. */
final class Feeds {

    private Feeds() {}

    static byte[] fixture(String name) {
        try (InputStream in = Feeds.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture feeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
