package dev.newsflow.enrich.nlp.features;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Creates a {@link GazetteerFeatureGenerator} from a feature generator descriptor element:
 *
 * <pre>{@code
 * <generator class="dev.newsflow.enrich.nlp.features.GazetteerFeatureGeneratorFactory">
 *   <str name="dict">newsflow.gazetteers</str>   <!-- the model resource holding the Gazetteers -->
 *   <str name="name">gaz</str>                   <!-- feature name prefix; default: gaz -->
 * </generator>
 * }</pre>
 *
 * OpenNLP instantiates this class by name, so its package must be allowed first: see {@link FeatureExtensions}.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public GazetteerFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String dict = getStr("dict");
        Gazetteers gazetteers =
                FeatureExtensions.resource(resourceManager, dict, Gazetteers.class, "a Gazetteers artifact");
        return new GazetteerFeatureGenerator(gazetteers, getStr("name", "gaz"));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Gazetteers.Serializer());
    }
}
