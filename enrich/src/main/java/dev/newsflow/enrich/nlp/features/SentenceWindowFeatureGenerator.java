package dev.newsflow.enrich.nlp.features;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features of OpenNLP's {@link WindowFeatureGenerator}, in its order, with the wrapped generator run once per
 * token of a sentence instead of once per window position: a window of ±2 asks for each token's features five times.
 * Only for wrapped generators that read the tokens alone (not the previous outcomes, not adaptive data), which is why
 * {@link SentenceWindowFeatureGeneratorFactory#substituteIn} swaps only windows over such generators.
 *
 * <p>Keeps the features of the last sentence it saw (recognised by identity, as OpenNLP's {@code
 * CachedFeatureGenerator} does), so it is not thread-safe, like the name finder that uses it.
 */
final class SentenceWindowFeatureGenerator implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator generator;
    private final int previous;
    private final int next;
    private String[] sentence;
    private List<List<String>> byToken = new ArrayList<>();

    SentenceWindowFeatureGenerator(AdaptiveFeatureGenerator generator, int previous, int next) {
        this.generator = generator;
        this.previous = previous;
        this.next = next;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            byToken = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                byToken.add(null);
            }
        }
        features.addAll(featuresOf(tokens, index, previousOutcomes));
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            for (String feature : featuresOf(tokens, index - i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.PREV_PREFIX + i + feature);
            }
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            for (String feature : featuresOf(tokens, index + i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.NEXT_PREFIX + i + feature);
            }
        }
    }

    private List<String> featuresOf(String[] tokens, int index, String[] previousOutcomes) {
        List<String> features = byToken.get(index);
        if (features == null) {
            features = new ArrayList<>();
            generator.createFeatures(features, tokens, index, previousOutcomes);
            byToken.set(index, features);
        }
        return features;
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        generator.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        generator.clearAdaptiveData();
    }
}
