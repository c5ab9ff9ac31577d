package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.features.HashIndex;
import dev.newsflow.enrich.nlp.features.TextHash;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A perceptron's weights laid out for lookups: the 64-bit hashes of the feature names ({@link TextHash}) in a {@link
 * HashIndex}, as the gazetteers keep their phrases, and one row of weights per feature, every outcome's weight side by
 * side.
 *
 * <p>Why: in OpenNLP's model a lookup walks a hash map node, the key string and its bytes, a context object and its two
 * arrays, each a likely cache miss in a map of 176,000 features; the name finder does about a hundred per token. Here
 * it is a few neighbouring entries of three arrays and a row of a fourth. The weights are the model's own (doubles,
 * unchanged), so sums are the same. Unknown features are told apart by hash only: two feature names of the model never
 * share one (that is checked when packing), and an unknown name takes a known one's with a chance of about one in
 * 10^14 per lookup (176,000 in 2^64).
 *
 * <p>Immutable and thread-safe once built.
 */
final class PackedPerceptronWeights {

    private final HashIndex rows;
    private final double[] weights;
    private final int outcomes;

    private PackedPerceptronWeights(HashIndex rows, double[] weights, int outcomes) {
        this.rows = rows;
        this.weights = weights;
        this.outcomes = outcomes;
    }

    /**
     * Packs the model's weights.
     *
     * @throws IllegalArgumentException if two of its feature names share a hash (never seen; the weights cannot then
     *     be packed without merging two features)
     */
    @SuppressWarnings("unchecked")
    static PackedPerceptronWeights of(PerceptronModel model) {
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        int outcomes = model.getNumOutcomes();
        Map<Long, Integer> rowOf = new HashMap<>(features.size() * 2);
        double[] weights = new double[features.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            // rows count from 1: the index answers 0 for a hash it does not hold
            if (rowOf.putIfAbsent(hash(feature.getKey()), row + 1) != null) {
                throw new IllegalArgumentException(
                        "two features share a hash, e.g. " + feature.getKey() + "; use the model unpacked");
            }
            int[] ids = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            for (int i = 0; i < ids.length; i++) {
                weights[row * outcomes + ids[i]] = parameters[i];
            }
            row++;
        }
        return new PackedPerceptronWeights(HashIndex.of(rowOf), weights, outcomes);
    }

    /** Adds the feature's weight for each outcome to {@code sums}; nothing if the model does not know the feature. */
    void addTo(String feature, double[] sums) {
        int row = rows.get(hash(feature));
        if (row != 0) {
            int start = (row - 1) * outcomes;
            for (int o = 0; o < outcomes; o++) {
                sums[o] += weights[start + o];
            }
        }
    }

    private static long hash(String feature) {
        return TextHash.finish(TextHash.of(feature));
    }
}
