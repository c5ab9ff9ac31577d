package dev.newsflow.enrich.nlp.features;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-only map from 64-bit hashes to non-zero ints: the keys sorted, with a directory of where each run of keys
 * sharing their top bits starts, so a lookup reads the directory and then one or two neighbouring keys.
 */
public final class HashIndex {

    private final long[] keys;
    private final int[] values;
    private final int[] directory;
    private final int shift;

    private HashIndex(long[] keys, int[] values, int[] directory, int shift) {
        this.keys = keys;
        this.values = values;
        this.directory = directory;
        this.shift = shift;
    }

    public static HashIndex of(Map<Long, Integer> entries) {
        long[] keys = new long[entries.size()];
        int i = 0;
        for (long key : entries.keySet()) {
            keys[i++] = key;
        }
        Arrays.sort(keys);
        int[] values = new int[keys.length];
        for (i = 0; i < keys.length; i++) {
            values[i] = entries.get(keys[i]);
        }
        int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, keys.length)));
        int shift = 64 - bits;
        int[] directory = new int[(1 << bits) + 1];
        for (int bucket = 0, k = 0; bucket <= 1 << bits; bucket++) {
            while (k < keys.length && bucketOf(keys[k], shift) < bucket) {
                k++;
            }
            directory[bucket] = k;
        }
        return new HashIndex(keys, values, directory, shift);
    }

    /** The value for the key, or 0 if there is none. */
    public int get(long key) {
        int bucket = bucketOf(key, shift);
        for (int i = directory[bucket]; i < directory[bucket + 1]; i++) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return 0;
    }

    /** The key's top bits as an unsigned bucket number, so that buckets follow the keys' signed sort order. */
    private static int bucketOf(long key, int shift) {
        return (int) ((key ^ Long.MIN_VALUE) >>> shift);
    }
}
