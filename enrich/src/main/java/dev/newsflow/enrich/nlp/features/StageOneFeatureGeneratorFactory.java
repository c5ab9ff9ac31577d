package dev.newsflow.enrich.nlp.features;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Declares that a model carries a {@link StageOneModel} under the resource name {@code model}:
 *
 * <pre>{@code
 * <generator class="dev.newsflow.enrich.nlp.features.StageOneFeatureGeneratorFactory">
 *   <str name="model">newsflow.stage1</str>
 * </generator>
 * }</pre>
 *
 * It registers the resource's serializer, so that the model loads. The generator itself adds no features: the stage-one
 * features depend on the whole document and reach the name finder as additional context (see {@link
 * DocumentContext}).
 */
public final class StageOneFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public StageOneFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        return new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {}
        };
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("model"), new StageOneModel.Serializer());
    }
}
