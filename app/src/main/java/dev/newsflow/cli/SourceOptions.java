package dev.newsflow.cli;

import dev.newsflow.ingest.Publisher;
import dev.newsflow.ingest.feed.FeedPoller;
import dev.newsflow.ingest.feed.FeedSource;
import dev.newsflow.ingest.http.ArticleEndpoint;
import dev.newsflow.ingest.http.SafeHttpClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the sources that are not files: feeds and the HTTP endpoint, shared by ingest and run. */
final class SourceOptions {

    @Option(
            names = "--feed",
            paramLabel = "URL|FILE",
            description = "An RSS or Atom feed to poll; repeatable. What was published survives restarts.")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--poll-interval",
            defaultValue = "PT10M",
            description = "How often to poll feeds when running on (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration pollInterval;

    @Option(names = "--fetch-pages", description = "Fetch each feed item's page and extract the full article from it.")
    boolean fetchPages;

    @Option(
            names = "--http-port",
            paramLabel = "N",
            description = "Serve POST /articles (one JSON article, an array, or JSON Lines) on this port.")
    Integer httpPort;

    @Option(
            names = "--http-host",
            defaultValue = "127.0.0.1",
            description = "Address of the HTTP endpoint. Default: ${DEFAULT-VALUE}.")
    String httpHost;

    @Option(
            names = "--token",
            defaultValue = "${env:NEWSFLOW_INGEST_TOKEN}",
            description = "Bearer token POST /articles requires (default: $NEWSFLOW_INGEST_TOKEN; none: open).")
    String token;

    boolean hasFeeds() {
        return !feeds.isEmpty();
    }

    /** A poller over the --feed sources, its state in DATA_DIR/feeds/state.json. */
    FeedPoller feedPoller(Publisher publisher, Path dataDir, Clock clock) {
        List<FeedSource> sources = new ArrayList<>();
        for (String feed : feeds) {
            try {
                sources.add(FeedSource.of(feed));
            } catch (IllegalArgumentException e) {
                throw new UserError("--feed " + feed + ": " + e.getMessage());
            }
        }
        FeedPoller.Options options = FeedPoller.Options.defaults(
                        dataDir.resolve("feeds").resolve("state.json"))
                .withInterval(pollInterval)
                .withFetchPages(fetchPages);
        return new FeedPoller(sources, publisher, options, new SafeHttpClient(), clock);
    }

    /** The started endpoint, or null without --http-port. */
    ArticleEndpoint endpoint(Publisher publisher, Clock clock) {
        if (httpPort == null) {
            return null;
        }
        ArticleEndpoint.Options options =
                ArticleEndpoint.Options.defaults().withHost(httpHost).withPort(httpPort);
        if (token != null && !token.isBlank()) {
            options = options.withBearerToken(token);
        }
        try {
            return new ArticleEndpoint(options, publisher, clock).start();
        } catch (IOException e) {
            throw new UserError("cannot serve POST /articles on " + httpHost + ":" + httpPort + ": " + e.getMessage());
        }
    }
}
