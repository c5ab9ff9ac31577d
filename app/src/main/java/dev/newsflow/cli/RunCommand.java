package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.dedup.DedupSettings;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.ingest.IngestApp;
import dev.newsflow.ingest.IngestConfig;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.PollReport;
import dev.newsflow.ingest.http.ArticleEndpoint;
import dev.newsflow.ingest.source.FolderWatch;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Topics;
import dev.newsflow.sink.ArticleStore;
import dev.newsflow.sink.JdbcArticleStore;
import dev.newsflow.sink.SinkApp;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run ingest, enrich and sink in one process.",
            "Without --bootstrap-servers it starts an embedded single-node Kafka broker (storage in DATA_DIR/kafka);",
            "without --store it writes to SQLite at DATA_DIR/newsflow.db.",
            "With --once: ingest SOURCE..., wait until every article is stored or dead-lettered, print a summary, exit.",
            "Without it: keep running, ingesting new files that appear in the SOURCE folders, until Ctrl-C."
        })
final class RunCommand implements Callable<Integer> {

    private static final int SHOWN_ARTICLES = 20;
    private static final long WATCH_INTERVAL_MILLIS = 2000;
    private static final PollReport NO_FEEDS = new PollReport(List.of(), List.of(), List.of(), 0);

    @Parameters(
            arity = "0..*",
            paramLabel = "SOURCE",
            description = "Files or folders to ingest; - for standard input.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--once", description = "Exit once every ingested article is stored or dead-lettered.")
    boolean once;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "newsflow-data",
            description = "Embedded broker, database and stream state. Default: ./${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(
            names = "--store",
            paramLabel = "JDBC_URL",
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE?user=... "
                    + "Default: SQLite at DATA_DIR/newsflow.db.")
    String store;

    @Option(names = "--port", paramLabel = "N", description = "Serve GET /health on this port.")
    Integer port;

    @Option(
            names = "--timeout",
            defaultValue = "PT5M",
            description =
                    "With --once: how long to wait for the articles to settle (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SourceOptions more;

    @Mixin
    DedupOptions dedup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Topics topics = kafka.topics();
        String storeUrl = store != null ? store : "jdbc:sqlite:" + dataDir.resolve("newsflow.db");
        Clock clock = Clock.systemUTC();
        DedupSettings duplicates = dedup.settings();

        try (EmbeddedKafka broker =
                kafka.bootstrapServers == null ? EmbeddedKafka.start(dataDir.resolve("kafka")) : null) {
            Properties client = kafka.clientProperties(broker == null ? null : broker.bootstrapServers());
            TopicSetup.ensure(client, topics);
            NlpModels models = NlpModels.load();
            RunProgress progress = new RunProgress();

            try (ArticleStore articles = JdbcArticleStore.open(storeUrl, clock);
                    SinkApp sink = new SinkApp(
                            SinkCommand.sinkConfig(client, kafka, storeUrl, "newsflow-sink"), articles, progress);
                    EnrichApp enrich = new EnrichApp(
                            new EnrichConfig(
                                    client,
                                    topics,
                                    EnrichConfig.DEFAULT_APPLICATION_ID,
                                    dataDir.resolve("streams").toString(),
                                    duplicates),
                            models,
                            clock);
                    DeadLetterWatch deadLetters = new DeadLetterWatch(client, topics, progress, err);
                    HealthServer health = port == null ? null : new HealthServer(port, () -> stages(enrich, sink));
                    IngestApp ingest = new IngestApp(new IngestConfig(client, topics), clock)) {
                Thread sinkThread = start(sink, "newsflow-sink");
                Thread watchThread = start(deadLetters, "newsflow-dead-letters");
                enrich.start();
                double readySeconds = seconds(System.nanoTime() - started);
                if (health != null) {
                    err.println("health on http://127.0.0.1:" + health.port() + "/health");
                }

                FolderWatch watch = once ? null : new FolderWatch(folders(sources));
                FeedPoller feeds = more.hasFeeds() ? more.feedPoller(ingest.publisher(), dataDir, clock) : null;
                long ingestStarted = System.nanoTime();
                IngestReport report = ingest.ingest(sources, System.in, Rejections.rejections(err));
                PollReport polled = feeds == null ? NO_FEEDS : feeds.pollOnce();
                Rejections.printProblems(polled, err);
                if (!once) {
                    try (ArticleEndpoint endpoint = more.endpoint(ingest.publisher(), clock)) {
                        if (endpoint != null) {
                            err.println("accepting POST " + endpoint.uri());
                        }
                        if (feeds != null) {
                            feeds.start();
                        }
                        out.printf(
                                "newsflow is running (Kafka at %s, store %s); Ctrl-C to stop%n",
                                client.getProperty("bootstrap.servers"), storeUrl);
                        out.flush();
                        keepIngesting(watch, ingest, err);
                    } finally {
                        if (feeds != null) {
                            feeds.close();
                        }
                    }
                    return 0;
                }
                Set<String> ids = new LinkedHashSet<>(report.publishedIds());
                ids.addAll(polled.publishedIds());
                boolean settled = progress.awaitSettled(ids, timeout);
                double processingSeconds = seconds(System.nanoTime() - ingestStarted);
                err.flush();
                printSummary(out, ids, report, polled, progress, readySeconds, processingSeconds);
                printStored(out, ids, progress, articles);
                sink.stop();
                deadLetters.close();
                sinkThread.join();
                watchThread.join();
                if (!settled) {
                    throw new UserError(progress.unsettled(ids) + " articles were neither stored nor "
                            + "dead-lettered within " + timeout);
                }
                return report.failed().isEmpty() && polled.failures().isEmpty() ? 0 : 1;
            }
        }
    }

    private static Map<String, HealthServer.StageHealth> stages(EnrichApp enrich, SinkApp sink) {
        Map<String, HealthServer.StageHealth> stages = new LinkedHashMap<>();
        stages.put(
                "enrich",
                new HealthServer.StageHealth(
                        enrich.state().isRunningOrRebalancing(), enrich.state().name()));
        stages.put("sink", new HealthServer.StageHealth(sink.isRunning(), sink.isRunning() ? "RUNNING" : "STOPPED"));
        return stages;
    }

    private static Thread start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.start();
        return thread;
    }

    /** Until Ctrl-C: every two seconds, ingests the files that appeared or changed in the SOURCE folders. */
    private static void keepIngesting(FolderWatch watch, IngestApp ingest, PrintWriter err)
            throws InterruptedException {
        Shutdown shutdown = Shutdown.onSignal(() -> {});
        try {
            while (!shutdown.awaitRequested(WATCH_INTERVAL_MILLIS)) {
                List<String> changed =
                        watch.changes().stream().map(Path::toString).toList();
                if (!changed.isEmpty()) {
                    IngestReport report =
                            ingest.ingest(changed, InputStream.nullInputStream(), Rejections.rejections(err));
                    err.printf(
                            "ingested %d new articles%n", report.publishedIds().size());
                    err.flush();
                }
            }
        } finally {
            shutdown.completed();
        }
    }

    private static List<Path> folders(List<String> sources) {
        return sources.stream()
                .filter(source -> !source.equals("-"))
                .map(Path::of)
                .filter(Files::isDirectory)
                .toList();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void printSummary(
            PrintWriter out,
            Set<String> ids,
            IngestReport files,
            PollReport feeds,
            RunProgress progress,
            double readySeconds,
            double seconds) {
        RunProgress.Counts counts = progress.countsFor(ids);
        out.println();
        out.println("newsflow run summary");
        out.printf("  ingested       %6d%n", ids.size());
        out.printf("  enriched       %6d%n", counts.enriched());
        out.printf("  stored         %6d%n", counts.stored());
        out.printf("  dead-lettered  %6d%n", counts.deadLettered());
        out.printf(
                "  rejected       %6d%n",
                files.rejected().size() + feeds.rejected().size());
        if (!files.failed().isEmpty()) {
            out.printf("  not published  %6d%n", files.failed().size());
        }
        if (feeds != NO_FEEDS) {
            out.printf("  feed items seen before %6d%n", feeds.skippedSeen());
            out.printf("  feeds failed   %6d%n", feeds.failures().size());
        }
        out.printf("  elapsed        %6.1f s (pipeline ready in %.1f s)%n", seconds, readySeconds);
        out.printf("  throughput     %6.1f articles/s%n", seconds > 0 ? ids.size() / seconds : 0);
    }

    private static void printStored(PrintWriter out, Set<String> published, RunProgress progress, ArticleStore store)
            throws Exception {
        List<String> ids = published.stream().filter(progress::isStored).toList();
        if (ids.isEmpty()) {
            return;
        }
        List<EnrichedArticle> stored = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), SHOWN_ARTICLES))) {
            store.find(id).ifPresent(stored::add);
        }
        out.println();
        out.println("stored articles (" + ids.size()
                + (ids.size() > SHOWN_ARTICLES ? ", the first " + SHOWN_ARTICLES : "") + "):");
        for (EnrichedArticle article : stored) {
            out.printf(
                    "  %s  %s%n      by %s · %s · %s%n      entities: %s%n",
                    article.publishedAt() == null ? "(no date)" : article.publishedAt(),
                    article.title(),
                    article.authors().isEmpty() ? "(no author)" : String.join(", ", article.authors()),
                    article.topics().isEmpty()
                            ? "(no topic)"
                            : article.topics().get(0).label(),
                    article.id().substring(0, 12),
                    article.entities().stream()
                            .limit(6)
                            .map(RunCommand::describe)
                            .collect(Collectors.joining(", ")));
        }
        out.flush();
    }

    private static String describe(Entity entity) {
        return entity.name() + " (" + entity.type().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
