package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsflow.enrich.nlp.DocumentTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTrainerTest {

    private static final String TRAINING_DOCUMENTS =
            """
            sport The striker scored a late goal and the team won the match.
            sport A hat-trick from the captain sealed the league title for the club.
            sport The coach praised his players after the cup final victory.
            business Shares fell after the bank reported lower quarterly profit.
            business The company said sales and profit rose, and its shares climbed 5%.
            business Investors sold bonds as the central bank raised interest rates.
            """;

    // The last document reads like business news but is labelled sport, so the model must get it wrong.
    private static final String TEST_DOCUMENTS =
            """
            sport The captain scored the winning goal of the match.
            sport Fans cheered as the team won the league title.
            business Profit at the bank rose and its shares climbed.
            sport Quarterly profit rose and the company's shares climbed.
            """;

    @TempDir
    Path directory;

    @Test
    void shouldTrainAModelThatSeparatesTheTopicsOfASmallCorpus() throws IOException {
        DoccatModel model = TopicTrainer.train(
                List.of(write("train.doccat.txt", TRAINING_DOCUMENTS)), TopicTrainingParameters.defaults());

        TopicEvaluation evaluation = TopicEvaluator.evaluate(model, write("test.doccat.txt", TEST_DOCUMENTS));

        assertEquals(4, evaluation.documents());
        assertEquals(3, evaluation.correct());
        assertEquals(0.75, evaluation.accuracy());
        assertEquals(new MatchCounts(2, 0, 1), evaluation.of("sport"));
        assertEquals(new MatchCounts(1, 1, 0), evaluation.of("business"));
    }

    @Test
    void shouldClassifyRawTextTokenizedWithDocumentTokensAsAtRunTime() throws IOException {
        DoccatModel model = TopicTrainer.train(
                List.of(write("train.doccat.txt", TRAINING_DOCUMENTS)), TopicTrainingParameters.defaults());
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);

        double[] scores = categorizer.categorize(DocumentTokens.of("SHARES, PROFIT & BANKS!"));

        assertEquals("business", categorizer.getBestCategory(scores));
    }

    @Test
    void shouldTrainWithEveryAlgorithmTheParametersAccept() throws IOException {
        Path train = write("train.doccat.txt", TRAINING_DOCUMENTS);
        Path test = write("test.doccat.txt", TEST_DOCUMENTS);

        for (String algorithm : List.of(
                TopicTrainingParameters.NAIVE_BAYES,
                TopicTrainingParameters.MAXENT,
                TopicTrainingParameters.MAXENT_QN,
                TopicTrainingParameters.PERCEPTRON)) {
            TopicTrainingParameters parameters =
                    TopicTrainingParameters.defaults().withAlgorithm(algorithm).withCutoff(0);
            DoccatModel model = TopicTrainer.train(List.of(train), parameters);
            assertEquals(4, TopicEvaluator.evaluate(model, test).documents(), algorithm);
        }
    }

    @Test
    void shouldRejectParametersOpenNlpCannotTrainWith() {
        TopicTrainingParameters defaults = TopicTrainingParameters.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withAlgorithm("SVM"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withIterations(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withCutoff(-1));
    }

    @Test
    void shouldRefuseToTrainWithoutDocuments() throws IOException {
        Path empty = write("empty.doccat.txt", "\n\n");

        assertThrows(
                IllegalArgumentException.class,
                () -> TopicTrainer.train(List.of(empty), TopicTrainingParameters.defaults()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
