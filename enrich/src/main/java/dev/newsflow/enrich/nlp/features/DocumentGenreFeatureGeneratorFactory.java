package dev.newsflow.enrich.nlp.features;

import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates a {@link DocumentGenreFeatureGenerator} from a feature generator descriptor element; the word lists live in
 * the descriptor, so a trained model keeps the lists it learnt with:
 *
 * <pre>{@code
 * <generator class="dev.newsflow.enrich.nlp.features.DocumentGenreFeatureGeneratorFactory">
 *   <str name="dict">nlp4j-brown.clusters</str>   <!-- the model resource holding the WordClusters -->
 *   <str name="sport">soccer football ...</str>   <!-- lower-case words, separated by spaces -->
 *   <str name="business">shares profit ...</str>
 *   <str name="politics">minister government ...</str>
 * </generator>
 * }</pre>
 *
 * OpenNLP instantiates this class by name, so its package must be allowed first: see {@link FeatureExtensions}.
 */
public final class DocumentGenreFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public DocumentGenreFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            // OpenNLP asks for a generator without resources only to list serializers
            return null;
        }
        String dict = getStr("dict");
        WordClusters clusters =
                FeatureExtensions.resource(resourceManager, dict, WordClusters.class, "a WordClusters lexicon");
        return new DocumentGenreFeatureGenerator(clusters, words("sport"), words("business"), words("politics"));
    }

    private Set<String> words(String list) throws InvalidFormatException {
        String words = getStr(list).strip();
        if (words.isEmpty()) {
            throw new InvalidFormatException("the " + list + " word list is empty");
        }
        return Set.copyOf(java.util.Arrays.asList(words.split("\\s+")));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new WordClusters.Serializer());
    }
}
