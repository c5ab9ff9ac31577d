package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class PerceptronAverageTest {

    @Test
    void shouldAverageEachWeightByPredicateAndOutcomeName() {
        // the two models list their outcomes in different orders, and each has a predicate the other lacks
        PerceptronModel first = new PerceptronModel(
                new Context[] {
                    new Context(new int[] {0, 1}, new double[] {4, 2}), new Context(new int[] {1}, new double[] {6})
                },
                new String[] {"w=Paris", "w=Anna"},
                new String[] {"other", "location-start"});
        PerceptronModel second = new PerceptronModel(
                new Context[] {
                    new Context(new int[] {0}, new double[] {8}), new Context(new int[] {1}, new double[] {-2})
                },
                new String[] {"w=Paris", "suf=nna"},
                new String[] {"location-start", "other"});

        PerceptronModel average = PerceptronAverage.of(List.of(first, second));

        assertEquals(List.of("other", "location-start"), List.of(average.getOutcome(0), average.getOutcome(1)));
        Map<String, Context> weights = predicates(average);
        assertEquals(3, weights.size());
        assertWeights(weights.get("w=Paris"), new int[] {0, 1}, new double[] {2, 5});
        assertWeights(weights.get("w=Anna"), new int[] {1}, new double[] {3});
        assertWeights(weights.get("suf=nna"), new int[] {0}, new double[] {-1});
    }

    @Test
    void shouldRefuseNothingToAverage() {
        assertThrows(IllegalArgumentException.class, () -> PerceptronAverage.of(List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> predicates(PerceptronModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private static void assertWeights(Context context, int[] outcomes, double[] weights) {
        assertArrayEquals(outcomes, context.getOutcomes());
        assertArrayEquals(weights, context.getParameters(), 1e-12);
    }
}
