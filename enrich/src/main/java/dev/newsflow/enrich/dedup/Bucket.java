package dev.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles in one LSH bucket, in the order they were inserted, at most a capacity of them.
 *
 * @param entries the articles, oldest inserted first
 */
public record Bucket(List<Entry> entries) {

    public Bucket {
        entries = List.copyOf(entries);
    }

    /** One article: its id, first sighting (epoch milliseconds) and MinHash signature. */
    public record Entry(String articleId, long firstSeen, int[] signature) {}

    static Bucket empty() {
        return new Bucket(List.of());
    }

    /** This bucket without the article. */
    Bucket without(String articleId) {
        return new Bucket(
                entries.stream().filter(e -> !e.articleId().equals(articleId)).toList());
    }

    /** This bucket without the articles first seen before {@code cutoff} (epoch milliseconds). */
    Bucket seenSince(long cutoff) {
        // asked on every band request: no copy when nothing has expired, the usual case
        if (entries.stream().allMatch(e -> e.firstSeen() >= cutoff)) {
            return this;
        }
        return new Bucket(entries.stream().filter(e -> e.firstSeen() >= cutoff).toList());
    }

    /** This bucket with the entry replacing any of the same article, keeping at most {@code capacity} entries. */
    Bucket with(Entry entry, int capacity) {
        List<Entry> kept = new ArrayList<>(without(entry.articleId()).entries());
        kept.add(entry);
        return new Bucket(kept.subList(Math.max(0, kept.size() - capacity), kept.size()));
    }
}
