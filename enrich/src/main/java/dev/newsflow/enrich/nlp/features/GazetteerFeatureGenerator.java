package dev.newsflow.enrich.nlp.features;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features of the current token, one feature name per list: {@code NAME=list:B} when a phrase of the list
 * starts at the token, {@code NAME=list:I} when the token continues one, and {@code NAME=list:U} for a one-token
 * phrase. Keeps the matches of the last sentence it saw, so it is not thread-safe (like the name finder that uses it).
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Gazetteers gazetteers;
    private final String name;
    private String[] sentence;
    private List<List<String>> features;

    GazetteerFeatureGenerator(Gazetteers gazetteers, String name) {
        this.gazetteers = gazetteers;
        this.name = name;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            this.features = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                this.features.add(new ArrayList<>(2));
            }
            for (Gazetteers.Match match : gazetteers.find(tokens)) {
                String prefix = name + "=" + match.list() + ":";
                if (match.end() - match.start() == 1) {
                    this.features.get(match.start()).add(prefix + "U");
                } else {
                    this.features.get(match.start()).add(prefix + "B");
                    for (int i = match.start() + 1; i < match.end(); i++) {
                        this.features.get(i).add(prefix + "I");
                    }
                }
            }
        }
        features.addAll(this.features.get(index));
    }
}
