package dev.newsflow.enrich.dedup;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the signature is cut into {@code bands} bands of
 * {@code rows} positions, and each band hashes to one bucket key. Two articles whose signatures agree on all rows of
 * at least one band share a bucket; with Jaccard similarity {@code s} that happens with probability
 * {@code 1 - (1 - s^rows)^bands}. Immutable and thread-safe.
 *
 * <p>A bucket key is the band number (two hex digits) followed by a 64-bit hash of the band's rows (sixteen hex
 * digits), e.g. {@code 07c0ffee00000000be}: keys of different bands never collide.
 */
public final class LshBands {

    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands < 1 || bands > 255 || rows < 1) {
            throw new IllegalArgumentException("bands must be 1-255 and rows at least 1: " + bands + "x" + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** The number of signature positions the bands use. */
    public int signatureSize() {
        return bands * rows;
    }

    /** One bucket key per band, in band order. */
    public String[] keys(int[] signature) {
        if (signature.length != signatureSize()) {
            throw new IllegalArgumentException("a " + bands + "x" + rows + " index needs signatures of "
                    + signatureSize() + ": " + signature.length);
        }
        String[] keys = new String[bands];
        for (int band = 0; band < bands; band++) {
            long hash = band;
            for (int row = 0; row < rows; row++) {
                hash = Shingles.mix(hash * 31 + signature[band * rows + row]);
            }
            keys[band] = String.format("%02x%016x", band, hash);
        }
        return keys;
    }

    /** Whether the two signatures share at least one bucket. */
    public boolean candidates(int[] a, int[] b) {
        for (int band = 0; band < bands; band++) {
            boolean same = true;
            for (int row = band * rows; row < (band + 1) * rows && same; row++) {
                same = a[row] == b[row];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** The probability that two articles with Jaccard similarity {@code s} share a bucket. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
