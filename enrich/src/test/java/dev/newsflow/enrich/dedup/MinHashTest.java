package dev.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String TEXT = "The quick brown fox jumps over the lazy dog near the river bank today.";

    @Test
    void shouldShingleNormalizedWordsIgnoringCaseAndPunctuation() {
        assertEquals(List.of("the", "fox", "said", "mañana", "2", "5"), Shingles.words("The FOX said: “mañana” — 2.5"));
        assertArrayEquals(Shingles.of("Hello, world! Again...", 2), Shingles.of("hello world again", 2));
        assertEquals(1, Shingles.of("too short", 4).length);
        assertEquals(0, Shingles.of(" — ", 4).length);
    }

    @Test
    void shouldGiveTheSameSignatureForTheSameSeedOnEveryInstance() {
        long[] shingles = Shingles.of(TEXT, 3);
        assertArrayEquals(new MinHash(64, 7).signature(shingles), new MinHash(64, 7).signature(shingles));
        assertFalse(java.util.Arrays.equals(
                new MinHash(64, 7).signature(shingles), new MinHash(64, 8).signature(shingles)));
    }

    @Test
    void shouldPinTheFingerprintOfAKnownTextSoThatStoredIndexesStayValid() {
        // a change here means every LSH bucket in a running application's state store is stale
        Fingerprinter fingerprinter = new Fingerprinter(DedupSettings.defaults());
        int[] signature = fingerprinter.signature(TEXT);
        assertEquals(64, signature.length);
        assertEquals(PINNED_FIRST_BUCKET, fingerprinter.bands().keys(signature)[0]);
    }

    private static final String PINNED_FIRST_BUCKET = "00743157993a0c8ef6";

    @Test
    void shouldEstimateJaccardSimilarityWithinItsStandardError() {
        List<NearDuplicates.Doc> docs = NearDuplicates.load().docs();
        MinHash minHash = new MinHash(256, 1);
        double worst = 0;
        double sumError = 0;
        int pairs = 0;
        for (int i = 0; i < docs.size(); i++) {
            long[] a = Shingles.of(docs.get(i).body(), 4);
            for (int j = i + 1; j < docs.size(); j++) {
                long[] b = Shingles.of(docs.get(j).body(), 4);
                double exact = MinHash.jaccard(a, b);
                double estimate = MinHash.similarity(minHash.signature(a), minHash.signature(b));
                double sigma = Math.sqrt(Math.max(exact * (1 - exact), 0.01) / 256);
                worst = Math.max(worst, Math.abs(estimate - exact) / sigma);
                sumError += Math.abs(estimate - exact);
                pairs++;
            }
        }
        assertTrue(worst < 4.5, "worst error in standard errors: " + worst);
        assertTrue(sumError / pairs < 0.01, "mean absolute error: " + sumError / pairs);
    }

    @Test
    void shouldComputeExactJaccard() {
        assertEquals(0.5, MinHash.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}), 1e-9);
        assertEquals(1.0, MinHash.jaccard(new long[] {1}, new long[] {1}));
        assertEquals(0.0, MinHash.jaccard(new long[] {1}, new long[] {2}));
    }

    @Test
    void shouldPutSimilarSignaturesInASharedBucketAndKeepBandsApart() {
        LshBands bands = new LshBands(4, 2);
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] b = {1, 2, 9, 9, 9, 9, 9, 9};
        int[] c = {2, 1, 9, 9, 9, 9, 9, 8};
        assertEquals(bands.keys(a)[0], bands.keys(b)[0]);
        assertTrue(bands.candidates(a, b));
        assertFalse(bands.candidates(a, c));
        assertTrue(bands.keys(a)[1].startsWith("01"));
        assertEquals(18, bands.keys(a)[3].length());
        assertEquals(1 - Math.pow(1 - 0.25, 4), bands.candidateProbability(0.5), 1e-12);
    }
}
