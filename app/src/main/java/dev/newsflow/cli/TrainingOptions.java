package dev.newsflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/** The options every `train` command takes: the data, where the model goes, and the trainer's settings. */
final class TrainingOptions {

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data; repeatable.")
    List<Path> train;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Option(
            names = "--algorithm",
            description = "OpenNLP trainer: PERCEPTRON, MAXENT, MAXENT_QN (and NAIVEBAYES for topics). "
                    + "Default: the shipped model's.")
    String algorithm;

    @Option(names = "--iterations", description = "Default: the shipped model's.")
    Integer iterations;

    @Option(names = "--cutoff", description = "Minimum feature count. Default: the shipped model's.")
    Integer cutoff;

    /** {@code parameters} with the settings given on the command line in place of theirs. */
    <P> P applyTo(
            P parameters,
            BiFunction<P, String, P> withAlgorithm,
            BiFunction<P, Integer, P> withIterations,
            BiFunction<P, Integer, P> withCutoff) {
        P applied = parameters;
        if (algorithm != null) {
            applied = withAlgorithm.apply(applied, algorithm);
        }
        if (iterations != null) {
            applied = withIterations.apply(applied, iterations);
        }
        if (cutoff != null) {
            applied = withCutoff.apply(applied, cutoff);
        }
        return applied;
    }
}
