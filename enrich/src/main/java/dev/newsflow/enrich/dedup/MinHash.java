package dev.newsflow.enrich.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures over shingle hashes: for each of {@code size} hash functions, the smallest hash of any
 * shingle. Two signatures agree at a position with probability equal to the Jaccard similarity of the two shingle
 * sets, so the share of agreeing positions estimates it (standard error {@code sqrt(J(1-J)/size)}).
 *
 * <p>Hash function {@code i} is {@code mix(x ^ seed_i)} where {@code mix} is a 64-bit bijection and the seeds come
 * from a {@link SplittableRandom} with a fixed seed: the same text gives the same signature on every instance and
 * after every restart, which the LSH index in the state store relies on. Each position keeps the upper 32 bits of
 * the minimum. Immutable and thread-safe.
 */
public final class MinHash {

    private final long[] seeds;

    public MinHash(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a signature needs at least one hash: " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set of shingle hashes; an empty set gives a signature of {@link Integer#MAX_VALUE}s. */
    public int[] signature(long[] shingles) {
        int[] signature = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            long min = Long.MAX_VALUE;
            for (long shingle : shingles) {
                // unsigned minimum, so that every value of the 64-bit space is equally likely to win
                long h = Shingles.mix(shingle ^ seed) ^ Long.MIN_VALUE;
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = (int) ((min ^ Long.MIN_VALUE) >>> 32);
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two sets whose signatures these are: the share of equal positions. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + " vs " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** The exact Jaccard similarity of two sorted sets of distinct shingle hashes, as {@link Shingles#of} gives. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
