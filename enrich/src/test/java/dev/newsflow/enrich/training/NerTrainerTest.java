package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.enrich.nlp.features.DocumentContext;
import dev.newsflow.enrich.nlp.features.Gazetteers;
import dev.newsflow.enrich.nlp.features.WordClusters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

    private static final String TRAINING_SENTENCES =
            """
            -DOCSTART- O

            John I-PER
            Smith I-PER
            joined O
            Acme I-ORG
            Corp I-ORG
            in O
            Paris I-LOC
            . O

            Mary I-PER
            Jones I-PER
            left O
            Globex I-ORG
            for O
            Berlin I-LOC
            . O

            Acme I-ORG
            Corp I-ORG
            hired O
            Peter I-PER
            Brown I-PER
            in O
            London I-LOC
            . O

            -DOCSTART- O

            Globex I-ORG
            opened O
            an O
            office O
            in O
            Madrid I-LOC
            , O
            said O
            Anna I-PER
            Lee I-PER
            . O

            The O
            German I-MISC
            team O
            beat O
            Initech I-ORG
            in O
            Rome I-LOC
            . O
            """;

    // The first three training sentences again, their gold standard edited: the first is unchanged, the second
    // marks only "Jones" as the person, the third calls "Acme Corp" a location.
    private static final String EDITED_GOLD_STANDARD =
            """
            <START:person> John Smith <END> joined <START:organization> Acme Corp <END> in <START:location> Paris <END> .
            Mary <START:person> Jones <END> left <START:organization> Globex <END> for <START:location> Berlin <END> .
            <START:location> Acme Corp <END> hired <START:person> Peter Brown <END> in <START:location> London <END> .
            """;

    private static final NerTrainingParameters TINY = NerTrainingParameters.defaults()
            .withFeatureGeneratorXml(NerTrainingParameters.DEFAULT_FEATURES_WITH_AFFIXES);

    private static final String CLUSTERS =
            """
            john	0101 010110
            mary	0101 010111
            peter	0101 010110
            anna	0101 010111
            paris	1010 101011
            berlin	1010 101011
            london	1010 101010
            madrid	1010 101010
            """;

    @TempDir
    Path directory;

    @Test
    void shouldTrainAModelThatFindsEveryNameOfItsTrainingSentences() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);

        TokenNameFinderModel model = NerTrainer.train(List.of(train), TINY);

        NerEvaluation evaluation = NerEvaluator.evaluate(model, train);
        assertEquals(new MatchCounts(15, 0, 0), evaluation.overall());
        assertEquals(new MatchCounts(1, 0, 0), evaluation.of("misc"));
    }

    @Test
    void shouldCountOnlyExactSpanAndTypeMatchesOfARealModel() throws IOException {
        TokenNameFinderModel model = NerTrainer.train(List.of(write("tiny.conll", TRAINING_SENTENCES)), TINY);

        NerEvaluation evaluation = NerEvaluator.evaluate(model, write("edited.opennlp.txt", EDITED_GOLD_STANDARD));

        // "John Smith", "Peter Brown"; "Mary Jones" was predicted where the gold standard has "Jones".
        assertEquals(new MatchCounts(2, 1, 1), evaluation.of("person"));
        // "Acme Corp" twice and "Globex"; the third sentence's "Acme Corp" is a location in the gold standard.
        assertEquals(new MatchCounts(2, 1, 0), evaluation.of("organization"));
        assertEquals(new MatchCounts(3, 0, 1), evaluation.of("location"));
        assertEquals(new MatchCounts(7, 2, 2), evaluation.overall());
    }

    @Test
    void shouldWriteAModelThatScoresTheSameAfterLoading() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);
        Path gold = write("edited.opennlp.txt", EDITED_GOLD_STANDARD);
        TokenNameFinderModel model = NerTrainer.train(List.of(train), TINY);
        Path file = directory.resolve("tiny-ner.bin");

        model.serialize(file);

        assertEquals(NerEvaluator.evaluate(model, gold), NerEvaluator.evaluate(new TokenNameFinderModel(file), gold));
    }

    @Test
    void shouldCarryItsWordClustersInsideTheModelFile() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);
        Path gold = write("edited.opennlp.txt", EDITED_GOLD_STANDARD);
        WordClusters clusters = WordClusters.read(write("clusters.txt", CLUSTERS));
        TokenNameFinderModel model = NerTrainer.train(
                List.of(train),
                NerTrainingParameters.defaults(),
                Map.of(NerTrainingParameters.BROWN_CLUSTERS, clusters));
        Path file = directory.resolve("tiny-clusters-ner.bin");

        model.serialize(file);
        TokenNameFinderModel loaded = NlpModels.loadNameFinder(file);

        assertEquals(
                new MatchCounts(15, 0, 0), NerEvaluator.evaluate(loaded, train).overall());
        assertEquals(NerEvaluator.evaluate(model, gold), NerEvaluator.evaluate(loaded, gold));
        assertArrayEquals(new String[] {"1010", "101010"}, clusters.lookup("LONDON"));
    }

    @Test
    void shouldKeepTheGenreWordListsInsideTheModelFile() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);
        Path gold = write("edited.opennlp.txt", EDITED_GOLD_STANDARD);
        TokenNameFinderModel model = NerTrainer.train(
                List.of(train),
                NerTrainingParameters.defaults().withFeatureGeneratorXml(NerTrainingParameters.GENRE_FEATURES),
                Map.of(
                        NerTrainingParameters.BROWN_CLUSTERS,
                        WordClusters.read(write("clusters.txt", CLUSTERS)),
                        NerTrainingParameters.GAZETTEERS,
                        Gazetteers.read(write("gazetteers.tsv", "loc.city\tParis\n"))));
        Path file = directory.resolve("tiny-genre-ner.bin");

        model.serialize(file);
        TokenNameFinderModel loaded = NlpModels.loadNameFinder(file);

        assertEquals(
                new MatchCounts(15, 0, 0), NerEvaluator.evaluate(loaded, train).overall());
        assertEquals(NerEvaluator.evaluate(model, gold), NerEvaluator.evaluate(loaded, gold));
        assertTrue(
                new String((byte[]) loaded.getArtifact("generator.featuregen"), StandardCharsets.UTF_8)
                        .contains("goalkeeper"),
                "the sport word list travels in the model's descriptor");
        @SuppressWarnings("unchecked")
        Map<String, ?> predicates = (Map<String, ?>)
                ((opennlp.tools.ml.model.AbstractModel) loaded.getArtifact("nameFinder.model")).getDataStructures()[1];
        assertTrue(predicates.containsKey("other,w=acme"), "the genre features were learnt");
    }

    @Test
    void shouldCarryItsGazetteersAndItsFirstStageInsideTheModelFile() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);
        Path gold = write("edited.opennlp.txt", EDITED_GOLD_STANDARD);
        Gazetteers gazetteers = Gazetteers.read(write(
                "gazetteers.tsv", "loc.city\tParis\nloc.city\tNew York\norg.company\tAcme Corp\nper.title\tMr\n"));
        NerTrainingParameters parameters =
                NerTrainingParameters.defaults().withFeatureGeneratorXml(NerTrainingParameters.GAZETTEER_FEATURES);
        TokenNameFinderModel model = NerTrainer.trainStacked(
                NameSampleFiles.read(train),
                parameters,
                parameters.withFeatureGeneratorXml(
                        NerTrainingParameters.withStageOne(parameters.featureGeneratorXml())),
                Map.of(
                        NerTrainingParameters.BROWN_CLUSTERS,
                        WordClusters.read(write("clusters.txt", CLUSTERS)),
                        NerTrainingParameters.GAZETTEERS,
                        gazetteers),
                2,
                2);
        Path file = directory.resolve("tiny-stacked-ner.bin");

        model.serialize(file);
        TokenNameFinderModel loaded = NlpModels.loadNameFinder(file);

        assertEquals(Map.of("loc.city", 2, "org.company", 1, "per.title", 1), gazetteers.sizes());
        assertEquals(15, NerEvaluator.evaluate(loaded, train).overall().expected());
        assertEquals(NerEvaluator.evaluate(model, gold), NerEvaluator.evaluate(loaded, gold));
    }

    @Test
    void shouldDescribeEachCapitalisedWordByWhatTheFirstStageSaidAboutItInTheDocument() {
        List<String[]> sentences = List.of(
                new String[] {"ROTOR", "WIN", "."},
                new String[] {"Rotor", "beat", "Spartak", "."},
                new String[] {"Fans", "of", "Rotor", "cheered", "."});
        List<Span[]> stageOne = List.of(
                new Span[0],
                new Span[] {new Span(0, 1, "organization"), new Span(2, 3, "organization")},
                new Span[] {new Span(2, 3, "location")});

        List<String[][]> context = DocumentContext.of(sentences, stageOne);

        // the headline's ROTOR: untagged itself, tagged as an organization once and as a location once elsewhere
        assertEquals(List.of("s1=O", "d=B-location", "d=B-organization", "dmaj=location"), List.of(context.get(0)[0]));
        assertEquals(List.of("s1=O"), List.of(context.get(0)[1]));
        assertEquals(0, context.get(1)[1].length);
        assertEquals(
                List.of("s1=B-location", "d=B-organization", "dO", "dmaj=organization", "dprev=organization"),
                List.of(context.get(2)[2]));
    }

    @Test
    void shouldAverageModelsTrainedInSeveralDocumentOrdersIntoOne() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);
        Path gold = write("edited.opennlp.txt", EDITED_GOLD_STANDARD);

        TokenNameFinderModel model = NerTrainer.trainAveraged(NameSampleFiles.read(train), TINY, Map.of(), 3, 2);
        Path file = directory.resolve("tiny-averaged-ner.bin");
        model.serialize(file);
        TokenNameFinderModel loaded = NlpModels.loadNameFinder(file);

        assertEquals("3", loaded.getManifestProperty("newsflow-averaged-orders"));
        assertEquals(
                new MatchCounts(15, 0, 0), NerEvaluator.evaluate(loaded, train).overall());
        assertEquals(NerEvaluator.evaluate(model, gold), NerEvaluator.evaluate(loaded, gold));
        assertThrows(
                IllegalArgumentException.class,
                () -> NerTrainer.trainAveraged(
                        NameSampleFiles.read(train), TINY.withAlgorithm(NerTrainingParameters.MAXENT), Map.of(), 3, 2));
    }

    @Test
    void shouldTrainEachOrderWithoutItsFeatureGroupAndScoreWithEveryFeature() throws IOException {
        List<NameSample> samples = NameSampleFiles.read(write("tiny.conll", TRAINING_SENTENCES));

        TokenNameFinderModel bagged =
                NerTrainer.trainAveraged(samples, TINY, Map.of(), 2, 2, List.of(FeatureGroup.NONE, FeatureGroup.WORDS));
        TokenNameFinderModel firstOrderAlone = NerTrainer.trainOnSamples(samples, TINY, Map.of());

        assertEquals("none,words", bagged.getManifestProperty("newsflow-feature-bagging"));
        assertTrue(
                new String((byte[]) bagged.getArtifact("generator.featuregen"), StandardCharsets.UTF_8)
                        .contains("TokenFeatureGeneratorFactory"),
                "the model scores with the words too");
        // only the first order learnt the words, so the average holds half its weights for them
        double[] alone = weights(firstOrderAlone, "w=smith");
        double[] averaged = weights(bagged, "w=smith");
        assertTrue(java.util.Arrays.stream(alone).anyMatch(weight -> weight != 0));
        assertArrayEquals(
                java.util.Arrays.stream(alone).map(weight -> weight / 2).toArray(), averaged, 1e-9);
        assertEquals(
                new MatchCounts(15, 0, 0),
                NerEvaluator.evaluate(bagged, write("again.conll", TRAINING_SENTENCES))
                        .overall());
        assertThrows(
                IllegalArgumentException.class,
                () -> NerTrainer.trainAveraged(samples, TINY, Map.of(), 2, 2, List.of(FeatureGroup.CLUSTERS)));
    }

    /**
     * The weights of a predicate per outcome, in the order of the model's outcomes (zero where it has none, and all
     * zero for a predicate the model does not know).
     */
    @SuppressWarnings("unchecked")
    private static double[] weights(TokenNameFinderModel model, String predicate) {
        var perceptron = (opennlp.tools.ml.perceptron.PerceptronModel) model.getArtifact("nameFinder.model");
        var context = ((Map<String, opennlp.tools.ml.model.Context>) perceptron.getDataStructures()[1]).get(predicate);
        String[] outcomes = {"other", "person-start", "person-cont", "organization-start", "location-start"};
        double[] weights = new double[outcomes.length];
        if (context == null) {
            return weights;
        }
        for (int i = 0; i < context.getOutcomes().length; i++) {
            String outcome = perceptron.getOutcome(context.getOutcomes()[i]);
            int slot = java.util.Arrays.asList(outcomes).indexOf(outcome);
            if (slot >= 0) {
                weights[slot] = context.getParameters()[i];
            }
        }
        return weights;
    }

    @Test
    void shouldLearnFromAnAuxiliaryCorpusWithoutTakingItsConventions() throws IOException {
        // the target corpus leaves a person's title out of the name; the auxiliary one, without documents, puts it in
        // ("Envoy": DocumentNameTagger itself takes the commoner titles, "President", out of persons' names)
        String target = TRAINING_SENTENCES
                + """

                -DOCSTART- O

                Envoy O
                Anna I-PER
                Lee I-PER
                visited O
                Madrid I-LOC
                . O
                """;
        String auxiliary =
                """
                <START:person> Envoy Tom Hart <END> visited <START:location> Oslo <END> .
                <START:person> Envoy Eva Stone <END> met <START:person> Envoy Carl Berg <END> .
                <START:person> Envoy Ana Ruiz <END> spoke in <START:location> Lima <END> .
                """;
        List<NameSample> targetSentences = NameSampleFiles.read(write("target.conll", target));
        List<NameSample> auxiliarySentences =
                NameSampleFiles.readDocumentsOrSentences(List.of(write("auxiliary.opennlp.txt", auxiliary)));
        Path unseen = write(
                "unseen.opennlp.txt", "Envoy <START:person> Tom Hart <END> visited <START:location> Paris <END> .\n");

        TokenNameFinderModel model =
                NerTrainer.trainAugmented(targetSentences, auxiliarySentences, TINY, Map.of(), 2, 2);

        assertEquals("3", model.getManifestProperty("newsflow-auxiliary-sentences"));
        assertEquals(
                new MatchCounts(17, 0, 0),
                NerEvaluator.evaluate(model, write("target-again.conll", target))
                        .overall());
        // "Tom Hart" was seen only in the auxiliary corpus, and the title stays out of his name
        assertEquals(
                new MatchCounts(2, 0, 0), NerEvaluator.evaluate(model, unseen).overall());
        // the same sentences learnt as one corpus take the auxiliary corpus's convention instead
        List<NameSample> together = new java.util.ArrayList<>(targetSentences);
        together.addAll(auxiliarySentences);
        TokenNameFinderModel mixed = NerTrainer.trainAveraged(together, TINY, Map.of(), 2, 2);
        assertEquals(0, NerEvaluator.evaluate(mixed, unseen).of("person").truePositives());
        // an auxiliary type the target lacks would be found by the folded model: refused
        List<NameSample> withEvents = NameSampleFiles.read(write(
                "events.opennlp.txt", "<START:event> Euro 2024 <END> ended in <START:location> Berlin <END> .\n"));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> NerTrainer.trainAugmented(targetSentences, withEvents, TINY, Map.of(), 1, 1));
        assertTrue(refused.getMessage().endsWith("[event]"), refused::getMessage);
    }

    @Test
    void shouldLeaveOutFeatureGroupsWhenLearningFromAnAuxiliaryCorpusToo() throws IOException {
        List<NameSample> target = NameSampleFiles.read(write("tiny.conll", TRAINING_SENTENCES));
        List<NameSample> auxiliary = NameSampleFiles.readDocumentsOrSentences(List.of(write(
                "auxiliary.opennlp.txt", "<START:person> Tom Smith <END> visited <START:location> Oslo <END> .\n")));

        TokenNameFinderModel withWords = NerTrainer.trainAugmented(target, auxiliary, TINY, Map.of(), 2, 2);
        TokenNameFinderModel withoutWords =
                NerTrainer.trainAugmented(target, auxiliary, TINY, Map.of(), 2, 2, List.of(FeatureGroup.WORDS));

        assertEquals("words", withoutWords.getManifestProperty("newsflow-feature-bagging"));
        assertEquals("1", withoutWords.getManifestProperty("newsflow-auxiliary-sentences"));
        assertTrue(java.util.Arrays.stream(weights(withWords, "w=smith")).anyMatch(weight -> weight != 0));
        assertTrue(
                java.util.Arrays.stream(weights(withoutWords, "w=smith")).allMatch(weight -> weight == 0),
                "neither order learnt the words");
    }

    @Test
    void shouldShuffleWholeDocumentsReproducibly() throws IOException {
        List<List<opennlp.tools.namefind.NameSample>> documents = NerTrainer.documents(NameSampleFiles.read(
                write("tiny.conll", TRAINING_SENTENCES + TRAINING_SENTENCES + TRAINING_SENTENCES)));

        List<opennlp.tools.namefind.NameSample> shuffled = NerTrainer.shuffled(documents, 1);

        assertEquals(6, documents.size());
        assertEquals(shuffled, NerTrainer.shuffled(documents, 1));
        // each document still starts with the sentence that clears adaptive data, and keeps its sentences together
        assertEquals(documents.size(), NerTrainer.documents(shuffled).size());
        assertEquals(new java.util.HashSet<>(documents), new java.util.HashSet<>(NerTrainer.documents(shuffled)));
        // and the order does change: with six documents some of the seeds 1-3 must reorder them
        assertTrue(java.util.stream.LongStream.rangeClosed(1, 3)
                .anyMatch(seed -> !NerTrainer.documents(NerTrainer.shuffled(documents, seed))
                        .equals(documents)));
    }

    @Test
    void shouldTrainWithEveryAlgorithmTheParametersAccept() throws IOException {
        Path train = write("tiny.conll", TRAINING_SENTENCES);

        for (String algorithm : List.of(
                NerTrainingParameters.PERCEPTRON, NerTrainingParameters.MAXENT, NerTrainingParameters.MAXENT_QN)) {
            TokenNameFinderModel model = NerTrainer.train(List.of(train), TINY.withAlgorithm(algorithm));
            assertEquals(15, NerEvaluator.evaluate(model, train).overall().expected(), algorithm);
        }
    }

    @Test
    void shouldRefuseToTrainWithoutSentences() throws IOException {
        Path empty = write("empty.conll", "\n");

        assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(empty), TINY));
    }

    @Test
    void shouldRejectParametersOpenNlpCannotTrainWith() {
        assertThrows(IllegalArgumentException.class, () -> TINY.withAlgorithm("NAIVEBAYES"));
        assertThrows(IllegalArgumentException.class, () -> TINY.withIterations(0));
        assertThrows(IllegalArgumentException.class, () -> TINY.withCutoff(-1));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
