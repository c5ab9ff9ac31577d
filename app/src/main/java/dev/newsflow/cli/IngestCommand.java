package dev.newsflow.cli;

import dev.newsflow.ingest.IngestApp;
import dev.newsflow.ingest.IngestConfig;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.PollReport;
import dev.newsflow.ingest.http.ArticleEndpoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Publish articles to the raw topic, keyed by article id: from SOURCE files, folders and globs, from",
            "--feed feeds (polled once, or on with --follow) and from POST /articles (with --http-port, until stopped).",
            "Rejected inputs are reported with the reason and skipped. Exit code 1 if an article could not be",
            "published or a feed failed."
        })
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Files, folders or globs; - for standard input.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--follow", description = "Keep polling the feeds at --poll-interval until stopped.")
    boolean follow;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "newsflow-data",
            description = "Where feed state is kept. Default: ./${DEFAULT-VALUE}.")
    Path dataDir;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SourceOptions more;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (sources.isEmpty() && !more.hasFeeds() && more.httpPort == null) {
            throw new UserError("nothing to ingest: give SOURCE files, --feed or --http-port");
        }
        Properties client = kafka.clientProperties(null);
        TopicSetup.ensure(client, kafka.topics());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        try (IngestApp ingest = new IngestApp(new IngestConfig(client, kafka.topics()), clock)) {
            boolean failed = false;
            if (!sources.isEmpty()) {
                IngestReport report = ingest.ingest(sources, System.in, Rejections.rejections(err));
                out.printf(
                        "published %d, rejected %d, failed %d%n",
                        report.publishedIds().size(),
                        report.rejected().size(),
                        report.failed().size());
                failed = !report.failed().isEmpty();
            }
            FeedPoller poller = more.hasFeeds() ? more.feedPoller(ingest.publisher(), dataDir, clock) : null;
            if (poller != null) {
                PollReport feeds = poller.pollOnce();
                Rejections.printProblems(feeds, err);
                out.printf(
                        "feeds: published %d, already seen %d, rejected %d, failed %d%n",
                        feeds.publishedIds().size(),
                        feeds.skippedSeen(),
                        feeds.rejected().size(),
                        feeds.failures().size());
                failed |= !feeds.failures().isEmpty();
            }
            out.flush();
            if (follow || more.httpPort != null) {
                serveUntilStopped(poller, ingest, clock, err);
            }
            return failed ? 1 : 0;
        }
    }

    private void serveUntilStopped(FeedPoller poller, IngestApp ingest, Clock clock, PrintWriter err)
            throws InterruptedException {
        ArticleEndpoint endpoint = more.endpoint(ingest.publisher(), clock);
        if (endpoint != null) {
            err.println("accepting POST " + endpoint.uri());
        }
        if (poller != null && follow) {
            poller.start();
        }
        err.flush();
        Shutdown shutdown = Shutdown.onSignal(() -> {});
        try {
            while (!shutdown.awaitRequested(1000)) {
                // the poller and the endpoint run on their own threads
            }
        } finally {
            if (poller != null) {
                poller.close();
            }
            if (endpoint != null) {
                endpoint.close();
            }
            shutdown.completed();
        }
    }
}
