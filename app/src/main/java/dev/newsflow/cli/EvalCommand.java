package dev.newsflow.cli;

import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.enrich.training.NameError;
import dev.newsflow.enrich.training.NerEvaluation;
import dev.newsflow.enrich.training.NerEvaluator;
import dev.newsflow.enrich.training.TopicEvaluation;
import dev.newsflow.enrich.training.TopicEvaluator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure a model on held-out data.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Topics.class})
final class EvalCommand {

    @Command(
            name = "ner",
            mixinStandardHelpOptions = true,
            description = "Precision, recall and F1 per type and overall, exact span and type (as conlleval counts). "
                    + "Tags one document at a time, exactly as enrich does.")
    static final class Ner implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "CoNLL-2003 or OpenNLP-format test data.")
        Path file;

        @Option(names = "--model", paramLabel = "FILE", description = "Default: the shipped model.")
        Path model;

        @Option(
                names = "--errors",
                paramLabel = "FILE",
                description = "Also write every name it got wrong to FILE, one a line, tab-separated: missed, "
                        + "spurious, wrong type or wrong span, with the gold and the found name and the sentence.")
        Path errors;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TrainCommand.requireReadable(List.of(file));
            TokenNameFinderModel finder =
                    model == null ? NlpModels.load().nameFinder() : NlpModels.loadNameFinder(model);
            NerEvaluation evaluation;
            if (errors == null) {
                evaluation = NerEvaluator.evaluate(finder, file);
            } else {
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                    out.println(NameError.TSV_HEADER);
                    evaluation = NerEvaluator.evaluate(finder, file, error -> out.println(error.toTsvLine()));
                }
            }
            spec.commandLine().getOut().println(evaluation.report());
            return 0;
        }
    }

    @Command(
            name = "topics",
            mixinStandardHelpOptions = true,
            description = "Accuracy, and precision, recall and F1 per label, of the topic categorizer.")
    static final class Topics implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "Doccat test data (one document a line: LABEL TEXT).")
        Path file;

        @Option(names = "--model", paramLabel = "FILE", description = "Default: the shipped model.")
        Path model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            TrainCommand.requireReadable(List.of(file));
            DoccatModel categorizer = model == null ? NlpModels.load().topicCategorizer() : new DoccatModel(model);
            TopicEvaluation evaluation = TopicEvaluator.evaluate(categorizer, file);
            spec.commandLine().getOut().println(evaluation.report());
            return 0;
        }
    }
}
