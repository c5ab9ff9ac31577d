package dev.newsflow.enrich.nlp.features;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A first-stage name finder model carried inside a second-stage model's {@code .bin}, as the bytes of its own
 * {@code .bin}. {@code DocumentNameTagger} runs it over the whole document first and gives its names to the second
 * stage as {@link DocumentContext} features.
 */
public final class StageOneModel implements SerializableArtifact {

    /** The resource name under which a second-stage model carries its first stage. */
    public static final String RESOURCE = "newsflow.stage1";

    private final byte[] bytes;
    private final TokenNameFinderModel model;

    private StageOneModel(byte[] bytes) throws IOException {
        this.bytes = bytes;
        FeatureExtensions.allow();
        this.model = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    }

    /** Wraps a trained model. */
    public static StageOneModel of(TokenNameFinderModel model) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            model.serialize(out);
            return new StageOneModel(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link StageOneModel} inside a model; OpenNLP instantiates it by name when loading. */
    public static final class Serializer implements ArtifactSerializer<StageOneModel> {

        @Override
        public StageOneModel create(InputStream in) throws IOException {
            return new StageOneModel(in.readAllBytes());
        }

        @Override
        public void serialize(StageOneModel artifact, OutputStream out) throws IOException {
            out.write(artifact.bytes);
        }
    }
}
