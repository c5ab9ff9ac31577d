package dev.newsflow.enrich.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;

/**
 * Scores a document categorizer against labelled documents: each document gets the single best label, which is
 * either right (a true positive for that label) or wrong (a false positive for the predicted label and a false
 * negative for the gold one).
 */
public final class TopicEvaluator {

    private TopicEvaluator() {}

    /** Evaluates a model on a doccat file (see {@link TopicSampleFiles}). */
    public static TopicEvaluation evaluate(DoccatModel model, Path file) throws IOException {
        return evaluate(new DocumentCategorizerME(model), TopicSampleFiles.read(file));
    }

    /** Labels each document with the categorizer's best category and counts the outcomes per label. */
    public static TopicEvaluation evaluate(DocumentCategorizer categorizer, List<DocumentSample> samples) {
        TreeMap<String, MatchCounts> byLabel = new TreeMap<>();
        for (DocumentSample sample : samples) {
            String gold = sample.getCategory();
            String predicted = categorizer.getBestCategory(categorizer.categorize(sample.getText()));
            if (predicted.equals(gold)) {
                byLabel.merge(gold, MatchCounts.NONE.plusTruePositive(), MatchCounts::plus);
            } else {
                byLabel.merge(predicted, MatchCounts.NONE.plusFalsePositive(), MatchCounts::plus);
                byLabel.merge(gold, MatchCounts.NONE.plusFalseNegative(), MatchCounts::plus);
            }
        }
        return new TopicEvaluation(byLabel, samples.size());
    }
}
