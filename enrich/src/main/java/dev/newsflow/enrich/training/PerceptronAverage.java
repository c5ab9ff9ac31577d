package dev.newsflow.enrich.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The average of several perceptron models over the same features and outcomes: each weight is the mean of that
 * weight in every model (zero where a model lacks it). A linear model's scores are linear in its weights, so the
 * averaged model scores every decision with the mean of the models' scores, one model's cost at run time.
 *
 * <p>Why: the perceptron visits the training sentences in order, and the order alone moves CoNLL-2003 testb F1 by
 * about a point; averaging models trained in different document orders keeps what they agree on.
 */
final class PerceptronAverage {

    private final List<String> outcomes = new ArrayList<>();
    private final Map<String, Integer> outcomeIds = new HashMap<>();
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private int models;

    /**
     * Returns the averaged model.
     *
     * @throws IllegalArgumentException if there are no models
     */
    static PerceptronModel of(List<PerceptronModel> models) {
        PerceptronAverage average = new PerceptronAverage();
        models.forEach(average::add);
        return average.average();
    }

    /** Adds a model's weights to the sums; the model itself is not kept, so models can be averaged one at a time. */
    void add(PerceptronModel model) {
        add(model, java.util.function.Function.identity());
    }

    /**
     * Adds a model's weights to the sums under the names {@code rename} gives its predicates: predicates renamed alike
     * are summed into one, and those it renames to {@code null} are left out.
     */
    @SuppressWarnings("unchecked")
    void add(PerceptronModel model, java.util.function.Function<String, String> rename) {
        int[] global = new int[model.getNumOutcomes()];
        for (int o = 0; o < global.length; o++) {
            String outcome = model.getOutcome(o);
            Integer id = outcomeIds.get(outcome);
            if (id == null) {
                id = outcomes.size();
                outcomeIds.put(outcome, id);
                outcomes.add(outcome);
            }
            global[o] = id;
        }
        Map<String, Context> predicates = (Map<String, Context>) model.getDataStructures()[1];
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            String name = rename.apply(predicate.getKey());
            if (name == null) {
                continue;
            }
            double[] sum = sums.get(name);
            if (sum == null || sum.length < outcomes.size()) {
                sum = sum == null ? new double[outcomes.size()] : java.util.Arrays.copyOf(sum, outcomes.size());
                sums.put(name, sum);
            }
            int[] ids = predicate.getValue().getOutcomes();
            double[] weights = predicate.getValue().getParameters();
            for (int i = 0; i < ids.length; i++) {
                sum[global[ids[i]]] += weights[i];
            }
        }
        models++;
    }

    /**
     * The model whose weights are the means of those added.
     *
     * @throws IllegalArgumentException if none were added
     */
    PerceptronModel average() {
        if (models == 0) {
            throw new IllegalArgumentException("no models to average");
        }
        return model(sums, outcomes.toArray(String[]::new), models);
    }

    /**
     * A perceptron model with the given weights, each divided by {@code divisor}, keeping for each predicate only its
     * non-zero weights.
     *
     * @param weights per predicate name, one weight per outcome in the order of {@code outcomes} (shorter arrays mean
     *     zero for the rest)
     */
    private static PerceptronModel model(Map<String, double[]> weights, String[] outcomes, double divisor) {
        String[] labels = new String[weights.size()];
        Context[] parameters = new Context[weights.size()];
        int p = 0;
        for (Map.Entry<String, double[]> predicate : weights.entrySet()) {
            double[] sum = predicate.getValue();
            int nonZero = 0;
            for (double weight : sum) {
                if (weight != 0) {
                    nonZero++;
                }
            }
            int[] ids = new int[nonZero];
            double[] values = new double[nonZero];
            for (int o = 0, i = 0; o < sum.length; o++) {
                if (sum[o] != 0) {
                    ids[i] = o;
                    values[i++] = sum[o] / divisor;
                }
            }
            labels[p] = predicate.getKey();
            parameters[p++] = new Context(ids, values);
        }
        return new PerceptronModel(parameters, labels, outcomes);
    }
}
