package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class PerceptronScorerTest {

    private static final String[] OUTCOMES = {"other", "person-start", "person-cont", "location-start"};

    @Test
    void shouldScoreLikeOpenNlpsPerceptronModel() {
        Random random = new Random(7);
        List<String> features = new ArrayList<>();
        List<Context> weights = new ArrayList<>();
        for (int p = 0; p < 5_000; p++) {
            features.add("w=" + p);
            int outcome = random.nextInt(OUTCOMES.length);
            weights.add(new Context(
                    new int[] {outcome, (outcome + 1) % OUTCOMES.length},
                    new double[] {random.nextGaussian() * 3, random.nextGaussian()}));
        }
        PerceptronModel model =
                new PerceptronModel(weights.toArray(Context[]::new), features.toArray(String[]::new), OUTCOMES);
        PerceptronScorer scorer = new PerceptronScorer(model);

        for (int round = 0; round < 2_000; round++) {
            String[] context = new String[1 + random.nextInt(40)];
            for (int i = 0; i < context.length; i++) {
                // new strings each round, the same strings again (as a beam search passes them), unknown features
                int p = random.nextInt(6_000);
                context[i] = random.nextBoolean() ? "w=" + p : features.get(Math.min(p, features.size() - 1));
            }
            double[] expected = model.eval(context, new double[OUTCOMES.length]);
            double[] actual = scorer.eval(context, new double[OUTCOMES.length]);
            assertArrayEquals(expected, actual, 1e-12, () -> String.join(" ", context));
        }
    }

    @Test
    void shouldGiveTheOutcomeNamesOfTheModel() {
        PerceptronModel model = new PerceptronModel(
                new Context[] {new Context(new int[] {1}, new double[] {2.0})}, new String[] {"w=Anna"}, OUTCOMES);
        PerceptronScorer scorer = new PerceptronScorer(model);

        double[] scores = scorer.eval(new String[] {"w=Anna", "w=unknown"});

        assertEquals("person-start", scorer.getBestOutcome(scores));
        assertEquals(OUTCOMES.length, scorer.getNumOutcomes());
        assertEquals(3, scorer.getIndex("location-start"));
    }
}
