package dev.newsflow.enrich.dedup;

import java.time.Duration;

/**
 * How near-duplicates are found. Changing {@code shingleSize}, {@code bands}, {@code rows} or {@code seed} changes
 * every fingerprint: the LSH index in the state store then no longer matches new articles, so reset the application
 * (or change its application id) when changing them. {@code threshold}, {@code bucketCapacity}, {@code answerTimeout}
 * and {@code retention} may change freely.
 *
 * @param shingleSize words per shingle of the normalized body
 * @param bands LSH bands; each article is indexed in this many buckets
 * @param rows signature positions per band; the signature has {@code bands × rows} positions
 * @param threshold the smallest estimated Jaccard similarity of two bodies' shingle sets that makes them the same
 *     story
 * @param seed the seed of the MinHash functions
 * @param bucketCapacity the most articles one LSH bucket keeps; the oldest inserted are dropped first
 * @param answerTimeout how long an enriched article waits for its buckets' answers before it is published with the
 *     answers it has: an answer can be lost when its record is dead-lettered, and the article must not be
 * @param retention how long after it was first seen an article stays in the index (and can be an original): state
 *     grows by about 10 KB per article, so the index keeps a window of recent news rather than all of it
 */
public record DedupSettings(
        int shingleSize,
        int bands,
        int rows,
        double threshold,
        long seed,
        int bucketCapacity,
        Duration answerTimeout,
        Duration retention) {

    /**
     * The settings measured on the near-duplicate test set (see {@code near-duplicates/README.md} in the test
     * resources): 4-word shingles, 32 bands of 2 rows (64 hashes), threshold 0.25; answers awaited for 30 seconds;
     * articles kept for 7 days, in which re-publications of wire copy arrive.
     */
    public static DedupSettings defaults() {
        return new DedupSettings(4, 32, 2, 0.25, 0x6e657773666c6f77L, 256, Duration.ofSeconds(30), Duration.ofDays(7));
    }

    public DedupSettings {
        if (shingleSize < 1 || bucketCapacity < 1) {
            throw new IllegalArgumentException("shingle size and bucket capacity must be positive");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (answerTimeout == null || answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("answer timeout must be positive: " + answerTimeout);
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        new LshBands(bands, rows); // validates
    }

    public DedupSettings withThreshold(double threshold) {
        return new DedupSettings(shingleSize, bands, rows, threshold, seed, bucketCapacity, answerTimeout, retention);
    }

    public DedupSettings withSeed(long seed) {
        return new DedupSettings(shingleSize, bands, rows, threshold, seed, bucketCapacity, answerTimeout, retention);
    }

    public DedupSettings withBucketCapacity(int bucketCapacity) {
        return new DedupSettings(shingleSize, bands, rows, threshold, seed, bucketCapacity, answerTimeout, retention);
    }

    public DedupSettings withAnswerTimeout(Duration answerTimeout) {
        return new DedupSettings(shingleSize, bands, rows, threshold, seed, bucketCapacity, answerTimeout, retention);
    }

    public DedupSettings withRetention(Duration retention) {
        return new DedupSettings(shingleSize, bands, rows, threshold, seed, bucketCapacity, answerTimeout, retention);
    }
}
