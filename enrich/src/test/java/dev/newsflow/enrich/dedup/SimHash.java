package dev.newsflow.enrich.dedup;

/**
 * A 64-bit SimHash (Charikar) over the same shingle hashes as {@link MinHash}, each shingle weighted 1: kept in the
 * tests only, as the baseline that {@link NearDuplicateEvaluationTest} measures MinHash against.
 */
final class SimHash {

    private SimHash() {}

    static long of(long[] shingles) {
        int[] votes = new int[64];
        for (long shingle : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((shingle >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
