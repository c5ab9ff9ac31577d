package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.RecordSchemas;
import dev.newsflow.model.Samples;
import dev.newsflow.model.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseAndAnalyzeCommandTest {

    @Test
    void parseShouldPrintOneSchemaValidArticlePerLine() {
        CommandLineRun run = CommandLineRun.of("parse", Samples.folder().toString());

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(15, lines.size(), run::toString);
        for (String line : lines) {
            assertEquals(List.of(), RecordSchemas.violations(RecordSchemas.ARTICLE, line), line);
        }
    }

    @Test
    void analyzeShouldPrintSchemaValidEnrichedArticlesOfTheFixture() {
        CommandLineRun run = CommandLineRun.of(
                "analyze",
                SharedData.require("fixtures/000_dabb77aa80c96470.txt").toString());

        assertEquals(0, run.exitCode(), run::toString);
        String line = run.out().strip();
        assertEquals(List.of(), RecordSchemas.violations(RecordSchemas.ENRICHED_ARTICLE, line), line);
        assertTrue(line.contains("\"name\":\"Marco Rubio\",\"type\":\"PERSON\""), line);
    }

    @Test
    void analyzeShouldPrintSchemaValidEnrichedArticlesOfTheSamples() {
        CommandLineRun run = CommandLineRun.of("analyze", Samples.folder().toString());

        assertEquals(0, run.exitCode(), run::toString);
        for (String line : run.out().lines().toList()) {
            assertEquals(List.of(), RecordSchemas.violations(RecordSchemas.ENRICHED_ARTICLE, line), line);
        }
    }

    @Test
    void shouldExitWithOneAndSayWhyWhenAnInputIsRejected() {
        CommandLineRun run = CommandLineRun.of("parse", "no/such/file.txt");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(
                "rejected no/such/file.txt: no such file or folder", run.err().strip());
    }

    @Test
    void shouldExitWithTwoOnAUsageError() {
        CommandLineRun run = CommandLineRun.of("parse", "--no-such-option", "x");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("Unknown option: '--no-such-option'"), run::toString);
    }

    @Test
    void shouldRefuseANearDuplicateThresholdOutsideZeroToOneBeforeStartingAnything() {
        CommandLineRun run = CommandLineRun.of("enrich", "--duplicate-threshold", "1.5");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("threshold must be in (0, 1]: 1.5"), run::toString);
    }

    @Test
    void shouldRefuseToAverageAStackedModel() {
        CommandLineRun run = CommandLineRun.of(
                "train", "ner", "--train", "x.conll", "--output", "x.bin", "--orders", "4", "--stacked", "5");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("--orders and --stacked cannot be combined"), run::toString);
    }

    @Test
    void shouldRefuseGenreFeaturesWithoutClustersAndGazetteers() {
        CommandLineRun run = CommandLineRun.of("train", "ner", "--train", "x.conll", "--output", "x.bin", "--genre");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("--genre joins words with their clusters"), run::toString);
    }

    @Test
    void shouldRefuseToAverageModelsOtherThanPerceptrons() {
        CommandLineRun run = CommandLineRun.of(
                "train", "ner", "--train", "x.conll", "--output", "x.bin", "--orders", "4", "--algorithm", "MAXENT");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("--orders averages perceptrons"), run::toString);
    }

    @Test
    void shouldRefuseAnAuxiliaryCorpusForAnythingButAOneStagePerceptron() {
        CommandLineRun stacked = CommandLineRun.of(
                "train", "ner", "--train", "x.conll", "--output", "x.bin", "--auxiliary", "y.txt", "--stacked", "5");
        CommandLineRun maxent = CommandLineRun.of(
                "train",
                "ner",
                "--train",
                "x.conll",
                "--output",
                "x.bin",
                "--auxiliary",
                "y.txt",
                "--algorithm",
                "MAXENT");

        assertEquals(2, stacked.exitCode(), stacked::toString);
        assertTrue(stacked.err().startsWith("--auxiliary and --stacked cannot be combined"), stacked::toString);
        assertEquals(2, maxent.exitCode(), maxent::toString);
        assertTrue(maxent.err().startsWith("--auxiliary folds perceptron weights"), maxent::toString);
    }

    @Test
    void shouldExplainAMissingClusterInOneLine() {
        CommandLineRun run = CommandLineRun.of("ingest", "--config", "no-such.properties", "x.txt");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(
                "newsflow: cannot read --config no-such.properties: no-such.properties",
                run.err().strip());
    }
}
