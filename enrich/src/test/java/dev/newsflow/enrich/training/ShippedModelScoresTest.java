package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * The shipped models still score what their provenance files claim, so that neither a retrained model nor an edited
 * provenance file can go out of step with the other.
 */
class ShippedModelScoresTest {

    private static final String MODELS = "/dev/newsflow/enrich/models/";
    private static final double TOLERANCE = 0.0005;

    @Test
    void shouldScoreTheNerModelOnEngTestbAsItsProvenanceClaims() throws IOException {
        var testb = SharedData.require("data/conll2003/eng.testb");
        // | evaluation set | type | precision | recall | F1 | tp | fp | fn |
        double claimedF1 = Double.parseDouble(
                tableRow("ner-conll03-en.provenance.md", "eng.testb", "overall").get(4));

        TokenNameFinderModel model;
        try (InputStream in = resource("ner-conll03-en.bin")) {
            model = NlpModels.loadNameFinder(in);
        }

        assertEquals(
                claimedF1,
                NerEvaluator.evaluate(model, testb).overall().f1(),
                TOLERANCE,
                "overall F1 on eng.testb differs from ner-conll03-en.provenance.md");
    }

    @Test
    void shouldScoreTheTopicModelOnBbcTestAsItsProvenanceClaims() throws IOException {
        var test = SharedData.require("data/bbc-news/doccat/bbc-test.doccat.txt");
        // | evaluation set | documents | correct | accuracy | macro-F1 |
        double claimedAccuracy = Double.parseDouble(
                tableRow("topics-bbc-en.provenance.md", "bbc-test").get(3));

        DoccatModel model;
        try (InputStream in = resource("topics-bbc-en.bin")) {
            model = new DoccatModel(in);
        }

        assertEquals(
                claimedAccuracy,
                TopicEvaluator.evaluate(model, test).accuracy(),
                TOLERANCE,
                "accuracy on bbc-test differs from topics-bbc-en.provenance.md");
    }

    /** Returns the cells of the first Markdown table row that begins with the given cells. */
    private static List<String> tableRow(String provenance, String... leadingCells) throws IOException {
        String markdown;
        try (InputStream in = resource(provenance)) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1).split("\\|"))
                    .map(String::strip)
                    .toList();
            if (cells.size() > leadingCells.length
                    && cells.subList(0, leadingCells.length).equals(List.of(leadingCells))) {
                return cells;
            }
        }
        return fail(provenance + " has no table row starting with " + List.of(leadingCells));
    }

    private static InputStream resource(String name) {
        InputStream in = ShippedModelScoresTest.class.getResourceAsStream(MODELS + name);
        assertNotNull(in, MODELS + name + " is not on the classpath");
        return in;
    }
}
