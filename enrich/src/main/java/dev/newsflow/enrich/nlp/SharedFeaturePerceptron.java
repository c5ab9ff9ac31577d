package dev.newsflow.enrich.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A name finder's perceptron that scores the beam's candidates for one token without looking up their shared
 * features again: same scores, bit for bit, as {@link PerceptronModel#eval(String[], double[])}.
 *
 * <p>Why: OpenNLP's beam search asks the model about every candidate sequence at every token (three with the default
 * beam), and the candidates' features differ only in the last four, the previous outcomes ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}, added last by {@code DefaultNameContextGenerator}); the rest are the same {@code String}
 * objects, from the feature cache. Looking each of the ~150 features up in a map of millions of weights is most of the
 * name finder's time (cache misses), so the sum over the shared features is kept and only the last four are added per
 * candidate. Reuse is decided by identity of every shared feature, so a context that does not share them is scored in
 * full: the result never depends on the assumption, only the speed does. The sums are added in the same order as the
 * stock model adds them, so the floating-point result is identical.
 *
 * <p>The weights are looked up in their {@link PackedPerceptronWeights packed} form.
 *
 * <p>Not thread-safe (it remembers the last context): one per name finder, see {@link SharingNameFinderModel}.
 */
final class SharedFeaturePerceptron implements MaxentModel {

    /** How many features at the end of a name finder context depend on the candidate sequence. */
    static final int CANDIDATE_FEATURES = 4;

    private final PerceptronModel model;
    private final PackedPerceptronWeights weights;
    private final int outcomes;

    private String[] sharedContext;
    private int sharedLength = -1;
    private final double[] sharedSums;

    /** The weights must be the model's own, packed. */
    SharedFeaturePerceptron(PerceptronModel model, PackedPerceptronWeights weights) {
        this.model = model;
        this.weights = weights;
        this.outcomes = model.getNumOutcomes();
        this.sharedSums = new double[outcomes];
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int shared = Math.max(0, context.length - CANDIDATE_FEATURES);
        if (shared > 0 && sharesPrefix(context, shared)) {
            System.arraycopy(sharedSums, 0, probs, 0, outcomes);
        } else {
            Arrays.fill(probs, 0, outcomes, 0);
            add(context, 0, shared, probs);
            System.arraycopy(probs, 0, sharedSums, 0, outcomes);
            sharedContext = context;
            sharedLength = shared;
        }
        add(context, shared, context.length, probs);
        return normalize(probs);
    }

    /** Feature values are not used by name finders; with values the stock model scores them. */
    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    private boolean sharesPrefix(String[] context, int shared) {
        if (shared != sharedLength) {
            return false;
        }
        for (int i = 0; i < shared; i++) {
            if (context[i] != sharedContext[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code opennlp.tools.ml.ArrayMath.sumFeatures} over {@code context[from..to)}, in the same order. */
    private void add(String[] context, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            weights.addTo(context[i], sums);
        }
    }

    /** The stock perceptron's normalisation ({@code PerceptronModel.eval(Context[], ..., true)}), step for step. */
    private double[] normalize(double[] scores) {
        double max = 1;
        for (int o = 0; o < outcomes; o++) {
            if (max < StrictMath.abs(scores[o])) {
                max = StrictMath.abs(scores[o]);
            }
        }
        double total = 0.0;
        for (int o = 0; o < outcomes; o++) {
            scores[o] = StrictMath.exp(scores[o] / max);
            total += scores[o];
        }
        for (int o = 0; o < outcomes; o++) {
            scores[o] /= total;
        }
        return scores;
    }

    @Override
    public String getBestOutcome(double[] scores) {
        return model.getBestOutcome(scores);
    }

    @Override
    public String getAllOutcomes(double[] scores) {
        return model.getAllOutcomes(scores);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
