package dev.newsflow.ingest.feed;

import java.util.List;

/**
 * What a feed document holds.
 *
 * @param title the feed's title, or null
 * @param language ISO 639-1 code, or null
 * @param entries in document order
 */
public record FeedContent(String title, String language, List<FeedEntry> entries) {

    public FeedContent {
        entries = List.copyOf(entries);
    }
}
