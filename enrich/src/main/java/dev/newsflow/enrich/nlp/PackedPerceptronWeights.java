package dev.newsflow.enrich.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A perceptron's weights laid out for lookups: an open-addressing table of 64-bit fingerprints of the feature names,
 * and one row of weights per feature, every outcome's weight side by side.
 *
 * <p>Why: in OpenNLP's model a lookup walks a hash map node, the key string and its bytes, a context object and its two
 * arrays, each a likely cache miss in a map of 176,000 features; the name finder does about a hundred per token. Here
 * it is a slot in one array and a row in another. The weights are the model's own (doubles, unchanged), so sums are
 * the same. Unknown features are told apart by fingerprint only: two feature names of the model never share one (that
 * is checked when packing), and an unknown name takes a known one's with a chance of about one in 10^14 per lookup
 * (176,000 in 2^64).
 *
 * <p>Immutable and thread-safe once built.
 */
final class PackedPerceptronWeights {

    private final long[] fingerprints;
    private final int[] rows;
    private final double[] weights;
    private final int outcomes;
    private final int mask;

    private PackedPerceptronWeights(long[] fingerprints, int[] rows, double[] weights, int outcomes) {
        this.fingerprints = fingerprints;
        this.rows = rows;
        this.weights = weights;
        this.outcomes = outcomes;
        this.mask = fingerprints.length - 1;
    }

    /**
     * Packs the model's weights.
     *
     * @throws IllegalArgumentException if two of its feature names share a fingerprint (never seen; the weights cannot
     *     then be packed without merging two features)
     */
    @SuppressWarnings("unchecked")
    static PackedPerceptronWeights of(PerceptronModel model) {
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        int outcomes = model.getNumOutcomes();
        // at most half full, so that an unknown feature usually meets an empty slot at once
        int slots = Integer.highestOneBit(Math.max(2, features.size()) * 4 - 1);
        long[] fingerprints = new long[slots];
        int[] rows = new int[slots];
        double[] weights = new double[features.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            long fingerprint = fingerprint(feature.getKey());
            int slot = (int) fingerprint & (slots - 1);
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == fingerprint) {
                    throw new IllegalArgumentException(
                            "two features share a fingerprint, e.g. " + feature.getKey() + "; use the model unpacked");
                }
                slot = (slot + 1) & (slots - 1);
            }
            fingerprints[slot] = fingerprint;
            rows[slot] = row;
            int[] ids = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            for (int i = 0; i < ids.length; i++) {
                weights[row * outcomes + ids[i]] = parameters[i];
            }
            row++;
        }
        return new PackedPerceptronWeights(fingerprints, rows, weights, outcomes);
    }

    /** Adds the feature's weight for each outcome to {@code sums}; nothing if the model does not know the feature. */
    void addTo(String feature, double[] sums) {
        long fingerprint = fingerprint(feature);
        int slot = (int) fingerprint & mask;
        long found;
        while ((found = fingerprints[slot]) != 0) {
            if (found == fingerprint) {
                int start = rows[slot] * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[start + o];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** 64-bit FNV-1a over the characters, then MurmurHash3's finalizer; never 0, which marks an empty slot. */
    static long fingerprint(String feature) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            hash = (hash ^ feature.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }
}
