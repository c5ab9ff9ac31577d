package dev.newsflow.cli;

import dev.newsflow.ingest.IngestApp;
import dev.newsflow.ingest.IngestConfig;
import dev.newsflow.ingest.IngestReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Publish the articles in SOURCE... to the raw topic, keyed by article id.",
            "Rejected inputs are reported with the reason and skipped. Exit code 1 if the broker refused any article."
        })
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files or folders; - for standard input.")
    List<String> sources;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Properties client = kafka.clientProperties(null);
        TopicSetup.ensure(client, kafka.topics());
        PrintWriter err = spec.commandLine().getErr();
        try (IngestApp ingest = new IngestApp(new IngestConfig(client, kafka.topics()), Clock.systemUTC())) {
            IngestReport report = ingest.ingest(
                    sources,
                    System.in,
                    rejected -> err.println("rejected " + rejected.origin() + ": " + rejected.reason()));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "published %d, rejected %d, failed %d%n",
                            report.publishedIds().size(),
                            report.rejected().size(),
                            report.failed().size());
            return report.failed().isEmpty() ? 0 : 1;
        }
    }
}
