package dev.newsflow.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Print, one JSON per line, the raw articles that ingest would publish. No Kafka.",
            "Rejected inputs are reported on stderr; the exit code is then 1."
        })
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders; - for standard input.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ArticlePrinter.print(
                files,
                article -> article,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
