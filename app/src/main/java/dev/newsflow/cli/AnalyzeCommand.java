package dev.newsflow.cli;

import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.nlp.NlpModels;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Print, one JSON per line, the enriched articles that enrich would publish. No Kafka.",
            "Rejected inputs are reported on stderr; the exit code is then 1."
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders; - for standard input.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NlpModels.load(), Clock.systemUTC());
        return ArticlePrinter.print(
                files,
                analyzer::enrich,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
