package dev.newsflow.enrich.nlp.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Word-cluster features of the current token, looked up case-insensitively in {@link WordClusters}.
 *
 * <ul>
 *   <li>{@link Kind#TOKEN}: {@code NAME=id} for each cluster id of the token
 *   <li>{@link Kind#TOKEN_CLASS}: {@code NAME,tc=id,class}, the id joined with OpenNLP's token class (capitalised,
 *       all caps, ...), so that "apple" and "Apple" differ
 *   <li>{@link Kind#BIGRAM}: {@code NAME,pb=prev,id} and {@code NAME,nb=id,next}, ids of the same prefix length of
 *       the previous and next token
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class WordClusterFeatureGenerator implements AdaptiveFeatureGenerator {

    enum Kind {
        TOKEN,
        TOKEN_CLASS,
        BIGRAM
    }

    private final WordClusters clusters;
    private final String name;
    private final Kind kind;

    WordClusterFeatureGenerator(WordClusters clusters, String name, Kind kind) {
        this.clusters = clusters;
        this.name = name;
        this.kind = kind;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String[] ids = clusters.lookup(tokens[index]);
        switch (kind) {
            case TOKEN -> {
                for (String id : ids) {
                    features.add(name + "=" + id);
                }
            }
            case TOKEN_CLASS -> {
                String tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
                for (String id : ids) {
                    features.add(name + ",tc=" + id + "," + tokenClass);
                }
            }
            case BIGRAM -> {
                if (index > 0) {
                    pairs(features, name + ",pb=", clusters.lookup(tokens[index - 1]), ids);
                }
                if (index + 1 < tokens.length) {
                    pairs(features, name + ",nb=", ids, clusters.lookup(tokens[index + 1]));
                }
            }
        }
    }

    private static void pairs(List<String> features, String prefix, String[] left, String[] right) {
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            features.add(prefix + left[i] + "," + right[i]);
        }
    }
}
