package dev.newsflow.cli;

import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.source.ArticleInputs;
import java.io.PrintWriter;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NlpModels.load(), Clock.systemUTC());
        int[] rejected = {0};
        new ArticleInputs(Clock.systemUTC(), System.in).forEach(files, result -> {
            if (result instanceof ParseResult.Parsed parsed) {
                out.println(ParseCommand.json(analyzer.enrich(parsed.article())));
            } else {
                rejected[0]++;
                err.println("rejected " + result.origin() + ": " + ((ParseResult.Rejected) result).reason());
            }
        });
        out.flush();
        return rejected[0] == 0 ? 0 : 1;
    }
}
