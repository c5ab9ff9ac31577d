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

    private PerceptronAverage() {}

    /**
     * Returns the averaged model.
     *
     * @throws IllegalArgumentException if there are no models
     */
    @SuppressWarnings("unchecked")
    static PerceptronModel of(List<PerceptronModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        List<String> outcomes = new ArrayList<>();
        Map<String, Integer> outcomeIds = new HashMap<>();
        for (PerceptronModel model : models) {
            for (int o = 0; o < model.getNumOutcomes(); o++) {
                if (outcomeIds.putIfAbsent(model.getOutcome(o), outcomes.size()) == null) {
                    outcomes.add(model.getOutcome(o));
                }
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (PerceptronModel model : models) {
            Map<String, Context> predicates = (Map<String, Context>) model.getDataStructures()[1];
            int[] global = new int[model.getNumOutcomes()];
            for (int o = 0; o < global.length; o++) {
                global[o] = outcomeIds.get(model.getOutcome(o));
            }
            for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
                double[] sum = sums.computeIfAbsent(predicate.getKey(), k -> new double[outcomes.size()]);
                int[] ids = predicate.getValue().getOutcomes();
                double[] weights = predicate.getValue().getParameters();
                for (int i = 0; i < ids.length; i++) {
                    sum[global[ids[i]]] += weights[i];
                }
            }
        }
        String[] labels = new String[sums.size()];
        Context[] parameters = new Context[sums.size()];
        int p = 0;
        for (Map.Entry<String, double[]> predicate : sums.entrySet()) {
            double[] sum = predicate.getValue();
            int nonZero = 0;
            for (double weight : sum) {
                if (weight != 0) {
                    nonZero++;
                }
            }
            int[] ids = new int[nonZero];
            double[] weights = new double[nonZero];
            for (int o = 0, i = 0; o < sum.length; o++) {
                if (sum[o] != 0) {
                    ids[i] = o;
                    weights[i++] = sum[o] / models.size();
                }
            }
            labels[p] = predicate.getKey();
            parameters[p++] = new Context(ids, weights);
        }
        return new PerceptronModel(parameters, labels, outcomes.toArray(String[]::new));
    }
}
