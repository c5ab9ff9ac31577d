package dev.newsflow.enrich.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name finder model, read like any {@link TokenNameFinderModel}, whose every {@link NameFinderME} gets its own
 * {@link SharedFeaturePerceptron} over the weights packed once ({@link PackedPerceptronWeights}) when the model is a
 * perceptron: the same names, found faster. Other models (maxent,
 * for example) are used as they are.
 */
final class SharingNameFinderModel extends TokenNameFinderModel {

    /** OpenNLP's entry for the classifier inside a name finder model. */
    private static final String CLASSIFIER = "nameFinder.model";

    /** Null when the model is not a perceptron (or cannot be packed): then it is used as it is. */
    private final PackedPerceptronWeights packed;

    SharingNameFinderModel(InputStream in) throws IOException {
        super(in);
        packed = packed();
    }

    SharingNameFinderModel(Path file) throws IOException {
        super(file);
        packed = packed();
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
}
