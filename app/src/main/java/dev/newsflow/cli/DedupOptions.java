package dev.newsflow.cli;

import dev.newsflow.enrich.dedup.DedupSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The near-duplicate settings a user may change without resetting enrich's state (see {@link DedupSettings}). */
final class DedupOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--duplicate-threshold",
            paramLabel = "0..1",
            description = "Estimated word-shingle (Jaccard) similarity from which an article is a near-duplicate of an "
                    + "earlier one. Default: 0.25, measured on the project's near-duplicate test set.")
    Double threshold;

    @Option(
            names = "--duplicate-wait",
            paramLabel = "SECONDS",
            description = "How long an article waits for its near-duplicate answers before it is published with "
                    + "those it has. Default: 30.")
    Integer waitSeconds;

    @Option(
            names = "--duplicate-days",
            paramLabel = "DAYS",
            description = "How long an article stays in the near-duplicate index, from when it was first seen; "
                    + "the index grows by about 10 KB an article. Default: 7.")
    Integer days;

    DedupSettings settings() {
        DedupSettings settings = DedupSettings.defaults();
        try {
            if (threshold != null) {
                settings = settings.withThreshold(threshold);
            }
            if (waitSeconds != null) {
                settings = settings.withAnswerTimeout(java.time.Duration.ofSeconds(waitSeconds));
            }
            if (days != null) {
                settings = settings.withRetention(java.time.Duration.ofDays(days));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return settings;
    }
}
