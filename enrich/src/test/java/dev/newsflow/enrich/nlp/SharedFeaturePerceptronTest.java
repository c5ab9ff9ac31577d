package dev.newsflow.enrich.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

/** The beam scorer gives exactly the stock perceptron's scores, whatever the contexts share. */
class SharedFeaturePerceptronTest {

    private static final PerceptronModel MODEL = new PerceptronModel(
            new Context[] {
                new Context(new int[] {0, 1}, new double[] {0.3, 1.7}),
                new Context(new int[] {1, 2}, new double[] {2.5, -0.4}),
                new Context(new int[] {0}, new double[] {0.9}),
                new Context(new int[] {2}, new double[] {3.1}),
                new Context(new int[] {0, 2}, new double[] {-1.2, 0.8}),
                new Context(new int[] {1}, new double[] {0.6})
            },
            new String[] {"w=paris", "suf=ris", "brown=1010", "w=anna", "po=other", "po=location-start"},
            new String[] {"other", "location-start", "person-start"});

    /** A context like the name finder's: the shared features, then four that depend on the candidate sequence. */
    private static String[] context(String[] shared, String previous) {
        String[] context = new String[shared.length + SharedFeaturePerceptron.CANDIDATE_FEATURES];
        System.arraycopy(shared, 0, context, 0, shared.length);
        context[shared.length] = "po=" + previous;
        context[shared.length + 1] = "pow=" + previous + ",Paris";
        context[shared.length + 2] = "powf=" + previous + ",ic";
        context[shared.length + 3] = "ppo=other";
        return context;
    }

    @Test
    void shouldScoreEveryCandidateOfATokenAsTheStockModelDoes() {
        SharedFeaturePerceptron scorer = new SharedFeaturePerceptron(MODEL, PackedPerceptronWeights.of(MODEL));
        String[] shared = {"w=paris", "suf=ris", "brown=1010", "unseen=feature"};

        for (String previous : new String[] {"other", "location-start", "person-start"}) {
            String[] context = context(shared, previous);
            assertArrayEquals(MODEL.eval(context), scorer.eval(context, new double[3]), 0.0);
        }
    }

    @Test
    void shouldNotReuseTheSumsForAContextOfTheSameLengthThatSharesOtherFeatures() {
        SharedFeaturePerceptron scorer = new SharedFeaturePerceptron(MODEL, PackedPerceptronWeights.of(MODEL));
        String[] paris = context(new String[] {"w=paris", "suf=ris", "brown=1010"}, "other");
        String[] anna = context(new String[] {"w=anna", "suf=ris", "brown=1010"}, "other");

        scorer.eval(paris, new double[3]);
        double[] scores = scorer.eval(anna, new double[3]);

        assertArrayEquals(MODEL.eval(anna), scores, 0.0);
        assertEquals(MODEL.getBestOutcome(MODEL.eval(anna)), scorer.getBestOutcome(scores));
    }

    @Test
    void shouldNotReuseTheSumsWhenOnlyTheLastSharedFeatureDiffers() {
        SharedFeaturePerceptron scorer = new SharedFeaturePerceptron(MODEL, PackedPerceptronWeights.of(MODEL));
        String[] paris = context(new String[] {"suf=ris", "brown=1010", "w=paris"}, "other");
        String[] anna = context(new String[] {"suf=ris", "brown=1010", "w=anna"}, "other");

        scorer.eval(paris, new double[3]);

        assertArrayEquals(MODEL.eval(anna), scorer.eval(anna, new double[3]), 0.0);
    }

    @Test
    void shouldScoreEqualButNewFeatureStringsAndShortContextsAsTheStockModelDoes() {
        SharedFeaturePerceptron scorer = new SharedFeaturePerceptron(MODEL, PackedPerceptronWeights.of(MODEL));
        String[] first = context(new String[] {"w=paris", "suf=ris"}, "other");
        String[] copy = context(new String[] {new String("w=paris"), new String("suf=ris")}, "location-start");
        String[] shortContext = {"po=other", "w=anna"};

        scorer.eval(first, new double[3]);

        assertArrayEquals(MODEL.eval(copy), scorer.eval(copy, new double[3]), 0.0);
        assertArrayEquals(MODEL.eval(shortContext), scorer.eval(shortContext), 0.0);
    }
}
