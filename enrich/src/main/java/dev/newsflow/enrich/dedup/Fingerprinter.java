package dev.newsflow.enrich.dedup;

/**
 * Fingerprints an article body: its MinHash signature over word shingles and the LSH bucket keys of that signature.
 * The title is left out: syndication changes headlines more than bodies. Immutable and thread-safe.
 */
public final class Fingerprinter {

    private final DedupSettings settings;
    private final MinHash minHash;
    private final LshBands bands;

    public Fingerprinter(DedupSettings settings) {
        this.settings = settings;
        this.bands = new LshBands(settings.bands(), settings.rows());
        this.minHash = new MinHash(bands.signatureSize(), settings.seed());
    }

    public DedupSettings settings() {
        return settings;
    }

    public LshBands bands() {
        return bands;
    }

    /** The signature of {@code body}, or null when it has no word to fingerprint. */
    public int[] signature(String body) {
        long[] shingles = Shingles.of(body, settings.shingleSize());
        return shingles.length == 0 ? null : minHash.signature(shingles);
    }

    /** Whether two signatures are of the same story: estimated Jaccard similarity at least the threshold. */
    public boolean sameStory(int[] a, int[] b) {
        return MinHash.similarity(a, b) >= settings.threshold();
    }
}
