package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.features.SentenceWindowFeatureGeneratorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * A name finder model, read like any {@link TokenNameFinderModel}, whose every {@link NameFinderME} gets its own
 * {@link SharedFeaturePerceptron} over the weights packed once ({@link PackedPerceptronWeights}) when the model is a
 * perceptron, and feature windows that compute each token's features once per sentence ({@link
 * SentenceWindowFeatureGeneratorFactory}): the same names, found faster. Other models (maxent, for example) are
 * scored as they are.
 */
final class SharingNameFinderModel extends TokenNameFinderModel {

    /** OpenNLP's entry for the classifier inside a name finder model. */
    private static final String CLASSIFIER = "nameFinder.model";

    /** OpenNLP's entry for the feature generator descriptor inside a name finder model. */
    private static final String DESCRIPTOR = "generator.featuregen";

    /** Null when the model is not a perceptron (or cannot be packed): then it is used as it is. */
    private final PackedPerceptronWeights packed;

    /** Null when the model has no descriptor of its own (OpenNLP's default features): then its own factory. */
    private final TokenNameFinderFactory windowSharing;

    SharingNameFinderModel(InputStream in) throws IOException {
        super(in);
        packed = packed();
        windowSharing = windowSharing();
    }

    SharingNameFinderModel(Path file) throws IOException {
        super(file);
        packed = packed();
        windowSharing = windowSharing();
    }

    private PackedPerceptronWeights packed() {
        if (!(getArtifact(CLASSIFIER) instanceof PerceptronModel perceptron)) {
            return null;
        }
        try {
            return PackedPerceptronWeights.of(perceptron);
        } catch (IllegalArgumentException sharedFingerprint) {
            return null; // never seen: two feature names with one fingerprint; OpenNLP's own lookup then
        }
    }

    private TokenNameFinderFactory windowSharing() throws IOException {
        byte[] descriptor = getArtifact(DESCRIPTOR);
        if (descriptor == null) {
            return null;
        }
        return new WindowSharingFactory(
                SentenceWindowFeatureGeneratorFactory.substituteIn(descriptor),
                super.getFactory().createSequenceCodec());
    }

    /** Read by each {@link NameFinderME} this model builds, for its features and its sequence codec. */
    @Override
    public TokenNameFinderFactory getFactory() {
        // null while OpenNLP's constructor loads the model, which asks for the factory it made
        return windowSharing != null ? windowSharing : super.getFactory();
    }

    /** Whether its name finders score with {@link SharedFeaturePerceptron}. */
    boolean sharesFeatures() {
        return packed != null;
    }

    /** Called once by each {@link NameFinderME} it builds, so each gets its own beam scorer. */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (packed != null && getArtifact(CLASSIFIER) instanceof PerceptronModel perceptron) {
            String beamSize = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            return new BeamSearch(
                    beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize),
                    new SharedFeaturePerceptron(perceptron, packed));
        }
        return super.getNameFinderSequenceModel();
    }

    /** The model's own factory but for the descriptor its feature generators are built from. */
    private final class WindowSharingFactory extends TokenNameFinderFactory {

        private final byte[] descriptor;
        private final SequenceCodec<String> codec;

        WindowSharingFactory(byte[] descriptor, SequenceCodec<String> codec) {
            this.descriptor = descriptor;
            this.codec = codec;
        }

        @Override
        public AdaptiveFeatureGenerator createFeatureGenerators() {
            try (InputStream in = new ByteArrayInputStream(descriptor)) {
                return GeneratorFactory.create(in, SharingNameFinderModel.this::getArtifact);
            } catch (IOException e) {
                // it was read once already, when the model loaded
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public SequenceCodec<String> createSequenceCodec() {
            return codec;
        }

        @Override
        protected SequenceCodec<String> getSequenceCodec() {
            return codec;
        }
    }
}
