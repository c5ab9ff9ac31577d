package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.DocumentTokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains an OpenNLP document categorizer that assigns one topic label per document.
 *
 * <p>Features are the document's bag of words, each word being a {@link DocumentTokens} token; the model records its
 * feature generator, so at run time {@code new DocumentCategorizerME(model).categorize(DocumentTokens.of(text))}
 * reproduces training exactly.
 */
public final class TopicTrainer {

    /** The language code written into every model. */
    public static final String LANGUAGE = "en";

    private TopicTrainer() {}

    /**
     * Trains a model on the documents of the given doccat files, read by {@link TopicSampleFiles#read(List)}.
     *
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if the files hold no documents
     */
    public static DoccatModel train(List<Path> trainFiles, TopicTrainingParameters parameters) throws IOException {
        return trainOnSamples(TopicSampleFiles.read(trainFiles), parameters);
    }

    /**
     * Trains a model on the given documents, whose text must already be {@link DocumentTokens} tokens.
     *
     * @throws IllegalArgumentException if there are no documents
     */
    public static DoccatModel trainOnSamples(List<DocumentSample> samples, TopicTrainingParameters parameters)
            throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training documents");
        }
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train(
                LANGUAGE, ObjectStreamUtils.createObjectStream(samples), parameters.toOpenNlpParameters(), factory);
    }
}
