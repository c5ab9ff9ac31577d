package dev.newsflow.cli;

import dev.newsflow.enrich.nlp.features.Gazetteers;
import dev.newsflow.enrich.nlp.features.WordClusters;
import dev.newsflow.enrich.training.FeatureGroup;
import dev.newsflow.enrich.training.NameSampleFiles;
import dev.newsflow.enrich.training.NerTrainer;
import dev.newsflow.enrich.training.NerTrainingParameters;
import dev.newsflow.enrich.training.TopicTrainer;
import dev.newsflow.enrich.training.TopicTrainingParameters;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train the models enrich ships with.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Topics.class})
final class TrainCommand {

    @Command(
            name = "ner",
            mixinStandardHelpOptions = true,
            description = "Train the name finder (person, organization, location, misc) from CoNLL-2003 or "
                    + "OpenNLP-format files.")
    static final class Ner implements Callable<Integer> {

        @Mixin
        TrainingOptions options;

        @Option(
                names = "--clusters",
                paramLabel = "FILE",
                description = "Brown word clusters, stored inside the model: nlp4j's "
                        + "en-brown-clusters-simplified-lowercase.xz after `xz -dk` (a serialized word-to-clusters map), "
                        + "or text lines `word TAB cluster...`. Without it the model uses local features only.")
        Path clusters;

        @Option(
                names = "--gazetteers",
                paramLabel = "FILE",
                description = "Gazetteer lists, stored inside the model: nlp4j's "
                        + "en-named-entity-gazetteers-simplified.xz after `xz -dk` (the shipped model's), or text lines "
                        + "`list TAB phrase`. Needs --clusters.")
        Path gazetteers;

        @Option(
                names = "--genre",
                description = "Also join every capitalised word and its clusters with the kind of document it is in "
                        + "(sport, business, politics or other, told by word lists: \"Milan\" in a sports report is "
                        + "the club). Needs --gazetteers. Not the shipped model's: on CoNLL-2003 it helped wikigold, "
                        + "not testb (see the model's provenance file).")
        boolean genre;

        @Option(
                names = "--stacked",
                paramLabel = "FOLDS",
                description = "Train a two-stage model: a first stage with the same features, whose names for the "
                        + "whole document (by FOLDS-fold cross-validation over the training documents) are "
                        + "features of the second. 0 (default): one stage.")
        int stackedFolds;

        @Option(
                names = "--orders",
                paramLabel = "N",
                description = "Train N perceptrons, on the training documents in the given order and in N-1 "
                        + "shuffled orders (fixed seeds), and ship their averaged weights: one model's speed, less "
                        + "dependence on the order (with --auxiliary every order is shuffled). Default: 1.")
        int orders = 1;

        @Option(
                names = "--bagging",
                split = ",",
                paramLabel = "GROUP",
                description = "Feature bagging with --orders: the perceptrons leave out these feature groups in turn "
                        + "(none, words, gazetteers, clusters, affixes), so that the strongest features do not keep "
                        + "the others from learning; the model uses every feature. Example: none,words,gazetteers,"
                        + "clusters. Default: none.")
        List<String> bagging = List.of("none");

        @Option(
                names = "--auxiliary",
                paramLabel = "FILE",
                description = "A second corpus annotated by other guidelines (e.g. GMB in OpenNLP format), learnt "
                        + "with every feature also copied per corpus so that its conventions stay apart (Daumé's "
                        + "feature augmentation); the model keeps the --train corpus's weights. A file without "
                        + "document boundaries is taken one sentence at a time. Repeatable; perceptron only.")
        List<Path> auxiliary = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (orders < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--orders must be at least 1");
            }
            if (orders > 1 && stackedFolds > 1) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--orders and --stacked cannot be combined");
            }
            if (!auxiliary.isEmpty() && stackedFolds > 1) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--auxiliary and --stacked cannot be combined");
            }
            if (genre && (gazetteers == null || clusters == null)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--genre joins words with their clusters: it needs --clusters and --gazetteers");
            }
            boolean perceptron =
                    options.algorithm == null || NerTrainingParameters.PERCEPTRON.equals(options.algorithm);
            if (orders > 1 && !perceptron) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--orders averages perceptrons: it needs --algorithm PERCEPTRON");
            }
            if (!auxiliary.isEmpty() && !perceptron) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--auxiliary folds perceptron weights: it needs --algorithm PERCEPTRON");
            }
            List<FeatureGroup> leftOut = featureGroups();
            if (!leftOut.equals(List.of(FeatureGroup.NONE)) && orders < 2) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--bagging needs --orders of at least 2");
            }
            NerTrainingParameters parameters = NerTrainingParameters.defaults();
            Map<String, Object> resources = new java.util.HashMap<>();
            if (clusters != null) {
                requireReadable(List.of(clusters));
                WordClusters lexicon = WordClusters.read(clusters);
                resources.put(NerTrainingParameters.BROWN_CLUSTERS, lexicon);
                spec.commandLine().getOut().printf("read %d words' clusters from %s%n", lexicon.size(), clusters);
                if (gazetteers != null) {
                    requireReadable(List.of(gazetteers));
                    Gazetteers lists = Gazetteers.read(gazetteers);
                    resources.put(NerTrainingParameters.GAZETTEERS, lists);
                    parameters = parameters.withFeatureGeneratorXml(
                            genre ? NerTrainingParameters.GENRE_FEATURES : NerTrainingParameters.GAZETTEER_FEATURES);
                    spec.commandLine().getOut().printf("read gazetteers %s from %s%n", lists.sizes(), gazetteers);
                }
            } else {
                parameters = parameters.withFeatureGeneratorXml(NerTrainingParameters.DEFAULT_FEATURES_WITH_AFFIXES);
                spec.commandLine().getOut().println("no --clusters: training with local features only");
            }
            parameters = options.applyTo(
                    parameters,
                    NerTrainingParameters::withAlgorithm,
                    NerTrainingParameters::withIterations,
                    NerTrainingParameters::withCutoff);
            for (FeatureGroup group : leftOut) {
                try {
                    group.removeFrom(parameters.featureGeneratorXml());
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(),
                            "--bagging " + group
                                    + ": the model has no such features (clusters need --clusters, gazetteers "
                                    + "--gazetteers)");
                }
            }
            requireReadable(options.train);
            long started = System.nanoTime();
            TokenNameFinderModel model = stackedFolds > 1
                    ? NerTrainer.trainStacked(
                            NameSampleFiles.read(options.train),
                            parameters,
                            parameters.withFeatureGeneratorXml(
                                    NerTrainingParameters.withStageOne(parameters.featureGeneratorXml())),
                            resources,
                            stackedFolds,
                            Math.max(1, Runtime.getRuntime().availableProcessors()))
                    : !auxiliary.isEmpty()
                            ? NerTrainer.trainAugmented(
                                    NameSampleFiles.read(options.train),
                                    readAuxiliary(),
                                    parameters,
                                    resources,
                                    orders,
                                    Math.max(1, Runtime.getRuntime().availableProcessors()),
                                    leftOut)
                            : orders > 1
                                    ? NerTrainer.trainAveraged(
                                            NameSampleFiles.read(options.train),
                                            parameters,
                                            resources,
                                            orders,
                                            Math.max(1, Runtime.getRuntime().availableProcessors()),
                                            leftOut)
                                    : NerTrainer.train(options.train, parameters, resources);
            write(options.output, model::serialize);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "trained %s in %.1f s (%s, %d iterations, cutoff %d, %s)%n",
                            options.output,
                            (System.nanoTime() - started) / 1e9,
                            parameters.algorithm(),
                            parameters.iterations(),
                            parameters.cutoff(),
                            (clusters == null ? "local features" : "local and Brown cluster features")
                                    + (gazetteers == null || clusters == null ? "" : ", gazetteers")
                                    + (genre ? ", document genre" : "")
                                    + (stackedFolds > 1 ? ", two stages (" + stackedFolds + "-fold)" : "")
                                    + (auxiliary.isEmpty() ? "" : ", auxiliary corpus " + auxiliary)
                                    + (orders > 1 ? ", averaged over " + orders + " document orders" : "")
                                    + (leftOut.equals(List.of(FeatureGroup.NONE))
                                            ? ""
                                            : ", bagging " + String.join(",", bagging)));
            return 0;
        }

        private List<FeatureGroup> featureGroups() {
            try {
                return bagging.stream().map(FeatureGroup::named).toList();
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--bagging takes none, words, gazetteers, clusters or affixes: " + bagging);
            }
        }

        private List<opennlp.tools.namefind.NameSample> readAuxiliary() throws java.io.IOException {
            requireReadable(auxiliary);
            return NameSampleFiles.readDocumentsOrSentences(auxiliary);
        }
    }

    @Command(
            name = "topics",
            mixinStandardHelpOptions = true,
            description = "Train the topic categorizer from doccat files (one document a line: LABEL TEXT).")
    static final class Topics implements Callable<Integer> {

        @Mixin
        TrainingOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TopicTrainingParameters parameters = options.applyTo(
                    TopicTrainingParameters.defaults(),
                    TopicTrainingParameters::withAlgorithm,
                    TopicTrainingParameters::withIterations,
                    TopicTrainingParameters::withCutoff);
            requireReadable(options.train);
            long started = System.nanoTime();
            DoccatModel model = TopicTrainer.train(options.train, parameters);
            write(options.output, model::serialize);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "trained %s in %.1f s with %s%n",
                            options.output, (System.nanoTime() - started) / 1e9, parameters);
            return 0;
        }
    }

    static void requireReadable(List<Path> files) {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new UserError("cannot read " + file);
            }
        }
    }

    interface ModelWriter {
        void writeTo(OutputStream out) throws java.io.IOException;
    }

    static void write(Path output, ModelWriter model) throws java.io.IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(output)) {
            model.writeTo(out);
        }
    }
}
