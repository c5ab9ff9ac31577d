package dev.newsflow.enrich.nlp.features;

import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates a {@link WordClusterFeatureGenerator} from a feature generator descriptor element:
 *
 * <pre>{@code
 * <generator class="dev.newsflow.enrich.nlp.features.WordClusterFeatureGeneratorFactory">
 *   <str name="dict">nlp4j-brown.clusters</str>   <!-- the model resource holding the WordClusters -->
 *   <str name="name">brown</str>                  <!-- feature name prefix; default: the resource name -->
 *   <str name="kind">token</str>                  <!-- token, token_class or bigram; default token -->
 * </generator>
 * }</pre>
 *
 * OpenNLP instantiates this class by name, so its package must be allowed first: see {@link FeatureExtensions}.
 */
public final class WordClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public WordClusterFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            // OpenNLP asks for a generator without resources only to list serializers
            return null;
        }
        String dict = getStr("dict");
        WordClusters clusters =
                FeatureExtensions.resource(resourceManager, dict, WordClusters.class, "a WordClusters lexicon");
        WordClusterFeatureGenerator.Kind kind;
        try {
            kind = WordClusterFeatureGenerator.Kind.valueOf(
                    getStr("kind", "token").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFormatException("kind must be token, token_class or bigram: " + getStr("kind"), e);
        }
        return new WordClusterFeatureGenerator(clusters, getStr("name", dict), kind);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new WordClusters.Serializer());
    }
}
