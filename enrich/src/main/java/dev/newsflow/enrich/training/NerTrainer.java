package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.features.FeatureExtensions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains an OpenNLP name finder for English from annotated sentences.
 *
 * <p>The model finds every entity type present in the training data (person, organization, location and misc for
 * CoNLL-2003) and carries its feature generator descriptor and the resources it names (word clusters), so
 * {@code new NameFinderME(model)} needs nothing else at run time.
 */
public final class NerTrainer {

    /** The language code written into every model. */
    public static final String LANGUAGE = "en";

    private NerTrainer() {}

    /**
     * Trains a model on the sentences of the given files, read by {@link NameSampleFiles#read(List)}.
     *
     * @param resources the resources the feature generator descriptor names, by name (e.g. word clusters)
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if the files hold no sentences
     */
    public static TokenNameFinderModel train(
            List<Path> trainFiles, NerTrainingParameters parameters, Map<String, Object> resources) throws IOException {
        return trainOnSamples(NameSampleFiles.read(trainFiles), parameters, resources);
    }

    /** Trains without resources: the feature generator descriptor must not name any. */
    public static TokenNameFinderModel train(List<Path> trainFiles, NerTrainingParameters parameters)
            throws IOException {
        return train(trainFiles, parameters, Map.of());
    }

    /**
     * Trains a model on the given sentences, clearing adaptive data before each one that starts a document.
     *
     * @throws IllegalArgumentException if there are no sentences
     */
    public static TokenNameFinderModel trainOnSamples(
            List<NameSample> samples, NerTrainingParameters parameters, Map<String, Object> resources)
            throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        FeatureExtensions.allow();
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                null, parameters.featureGeneratorXml().getBytes(StandardCharsets.UTF_8), resources, new BioCodec());
        // A null type keeps each sample's own entity types instead of relabelling them all as one type.
        return NameFinderME.train(
                LANGUAGE,
                null,
                ObjectStreamUtils.createObjectStream(samples),
                parameters.toOpenNlpParameters(),
                factory);
    }

    /** Splits sentences into documents: a new one starts at the first sentence and at each that clears adaptive data. */
    static List<List<NameSample>> documents(List<NameSample> samples) {
        List<List<NameSample>> documents = new ArrayList<>();
        List<NameSample> current = null;
        for (NameSample sample : samples) {
            if (current == null || sample.isClearAdaptiveDataSet()) {
                current = new ArrayList<>();
                documents.add(current);
            }
            current.add(sample);
        }
        return documents;
    }
}
