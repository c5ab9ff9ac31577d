package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.ingest.Publisher;
import dev.newsflow.ingest.http.FetchException;
import dev.newsflow.ingest.http.FetchFailure;
import dev.newsflow.ingest.http.FetchedResponse;
import dev.newsflow.ingest.http.SafeHttpClient;
import dev.newsflow.ingest.http.Validators;
import dev.newsflow.ingest.parse.ArticleReader;
import dev.newsflow.ingest.parse.InputDocument;
import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.parse.RejectedInputException;
import dev.newsflow.model.Article;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds and publishes each entry once: conditional GET with the last ETag / Last-Modified, and per feed the
 * keys of the entries already handled, kept in a state file that survives restarts.
 *
 * <p>Delivery is at least once. An entry's key is remembered, and the state file written, only after the publisher
 * acknowledged the entry; a crash in between republishes it, which downstream absorbs by upserting by id. A feed's
 * validators are kept only when every new entry of that fetch was published, so that a partly failed fetch is
 * fetched in full again instead of answered {@code 304}.
 *
 * <p>A feed that fails (timeout, unreachable host, 5xx, an unparseable document) is logged and counted with the
 * reason and tried again with back-off: the next round after the first failure, then skipping 1, 3, 7, ... rounds,
 * up to {@link Options#maxBackoff()}. The other feeds go on.
 *
 * <p>Thread-safe: rounds never overlap, {@link #stats()} may be read at any time.
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /**
     * @param stateFile where the per-feed state is kept, e.g. {@code DATA_DIR/feeds/state.json}
     * @param interval the pause between the end of one round and the start of the next ({@link #start()})
     * @param fetchPages whether to fetch each new entry's linked page and take the article from it, falling back to
     *     the feed's own content when the page yields none
     * @param maxRememberedEntries how many entry keys are kept per feed, least recently seen dropped first
     * @param maxBackoff the longest a failing feed waits between attempts
     * @param publishTimeout how long a round waits for the publisher's acknowledgements
     */
    public record Options(
            Path stateFile,
            Duration interval,
            boolean fetchPages,
            int maxRememberedEntries,
            Duration maxBackoff,
            Duration publishTimeout) {

        public static Options defaults(Path stateFile) {
            return new Options(
                    stateFile, Duration.ofMinutes(10), false, 10_000, Duration.ofHours(2), Duration.ofMinutes(2));
        }

        public Options {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("feed poll interval must be positive: " + interval);
            }
            if (maxRememberedEntries < 1) {
                throw new IllegalArgumentException("must remember at least one entry per feed");
            }
        }

        public Options withInterval(Duration value) {
            return new Options(stateFile, value, fetchPages, maxRememberedEntries, maxBackoff, publishTimeout);
        }

        public Options withFetchPages(boolean value) {
            return new Options(stateFile, interval, value, maxRememberedEntries, maxBackoff, publishTimeout);
        }

        public Options withMaxRememberedEntries(int value) {
            return new Options(stateFile, interval, fetchPages, value, maxBackoff, publishTimeout);
        }

        public Options withMaxBackoff(Duration value) {
            return new Options(stateFile, interval, fetchPages, maxRememberedEntries, value, publishTimeout);
        }

        public Options withPublishTimeout(Duration value) {
            return new Options(stateFile, interval, fetchPages, maxRememberedEntries, maxBackoff, value);
        }
    }

    private final List<FeedSource> feeds;
    private final Publisher publisher;
    private final Options options;
    private final SafeHttpClient http;
    private final Clock clock;
    private final FeedReader feedReader = new FeedReader();
    private final ArticleReader pageReader;
    private final FeedState state;
    private final Map<String, Backoff> backoffs = new HashMap<>();
    private final Object roundLock = new Object();

    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong deferred = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong skippedSeen = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    private ScheduledExecutorService scheduler;

    /**
     * Loads the state file right away.
     *
     * @throws java.io.UncheckedIOException when the state file exists but cannot be read
     */
    public FeedPoller(List<FeedSource> feeds, Publisher publisher, Options options, SafeHttpClient http, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.publisher = publisher;
        this.options = options;
        this.http = http;
        this.clock = clock;
        this.pageReader = new ArticleReader(clock);
        this.state = FeedState.load(options.stateFile(), options.maxRememberedEntries());
    }

    /**
     * Polls every feed once, in order, publishes the new entries and waits for their acknowledgement. A feed that
     * is backing off after failures is skipped. When the calling thread is interrupted the round stops after the
     * current feed, with the interrupt flag set.
     */
    public PollReport pollOnce() {
        synchronized (roundLock) {
            rounds.incrementAndGet();
            Round round = new Round();
            for (FeedSource feed : feeds) {
                try {
                    poll(feed, round);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return round.report();
        }
    }

    /** Polls now and then every {@link Options#interval()} on a background thread until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            throw new IllegalStateException("the feed poller is already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsflow-feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::pollLogged, 0, options.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The counters since this poller was created. */
    public FeedStats stats() {
        Map<String, Long> failureCounts = failures.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
        return new FeedStats(
                rounds.get(),
                polls.get(),
                notModified.get(),
                deferred.get(),
                published.get(),
                skippedSeen.get(),
                rejected.get(),
                failureCounts);
    }

    /** Stops polling; a round in progress gets a short while to finish, then is interrupted. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void pollLogged() {
        try {
            PollReport report = pollOnce();
            log.info(
                    "feed round: {} published, {} already seen, {} rejected, {} failures",
                    report.publishedIds().size(),
                    report.skippedSeen(),
                    report.rejected().size(),
                    report.failures().size());
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again
            log.error("feed round failed; polling goes on", e);
        }
    }

    private void poll(FeedSource feed, Round round) throws InterruptedException {
        Backoff backoff = backoffs.computeIfAbsent(feed.location(), l -> new Backoff());
        if (backoff.roundsToSkip > 0) {
            backoff.roundsToSkip--;
            deferred.incrementAndGet();
            log.debug("feed {} is backing off after {} failures", feed, backoff.failures);
            return;
        }
        polls.incrementAndGet();
        FeedState.Feed remembered = state.feed(feed.location());

        byte[] bytes;
        String contentType = null;
        String base = null;
        Validators validators = Validators.NONE;
        try {
            if (feed.isFile()) {
                bytes = readFile(feed.path());
            } else {
                FetchedResponse response = http.get(feed.uri(), remembered.validators());
                if (response.notModified()) {
                    notModified.incrementAndGet();
                    backoff.reset();
                    return;
                }
                bytes = response.body();
                contentType = response.contentType();
                base = response.uri().toString();
                validators = response.validators();
            }
        } catch (FetchException e) {
            fail(round, backoff, feed, e.failure().code(), e.getMessage(), e.isRetriable());
            return;
        } catch (IOException e) {
            fail(round, backoff, feed, "unreadable-file", "cannot read " + feed + ": " + e.getMessage(), true);
            return;
        }

        FeedContent content;
        try {
            content = feedReader.read(bytes, contentType, feed.location(), base);
        } catch (RejectedInputException e) {
            fail(round, backoff, feed, "invalid-feed", feed + ": " + e.getMessage(), false);
            return;
        }

        boolean complete = true;
        Set<String> keysThisFetch = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (FeedEntry entry : content.entries()) {
            if (!keysThisFetch.add(entry.key()) || remembered.seen(entry.key())) {
                skippedSeen.incrementAndGet();
                round.skippedSeen++;
                continue;
            }
            ParseResult result = options.fetchPages() ? withPage(feed, entry, round) : entry.toArticle(clock.instant());
            if (result == null) {
                complete = false;
            } else if (result instanceof ParseResult.Parsed parsed) {
                pending.add(new Pending(entry.key(), parsed.article(), publish(parsed.article())));
            } else {
                ParseResult.Rejected rejection = (ParseResult.Rejected) result;
                log.warn("rejected {}: {}", rejection.origin(), rejection.reason());
                rejected.incrementAndGet();
                round.rejected.add(rejection);
                remembered.remember(entry.key());
            }
        }

        List<String> unacknowledged = awaitAcknowledgements(pending);
        for (Pending p : pending) {
            if (p.acknowledged()) {
                remembered.remember(p.key());
                published.incrementAndGet();
                round.publishedIds.add(p.article().id());
            }
        }
        if (unacknowledged.isEmpty()) {
            if (complete) {
                remembered.validators(validators);
            }
            backoff.reset();
        } else {
            complete = false;
            failures.computeIfAbsent("publish-failed", c -> new LongAdder()).add(unacknowledged.size());
            String message = feed + ": " + unacknowledged.size() + " of " + pending.size()
                    + " entries were not published (" + unacknowledged.get(0) + "); they are retried next poll";
            log.error(message);
            round.failures.add(new PollReport.Failure(feed.location(), "publish-failed", message, true));
            backoff.failed(maxRoundsToSkip());
        }
        save(round);
    }

    /** The entry's article taken from its linked page; null to try again next poll instead. */
    private ParseResult withPage(FeedSource feed, FeedEntry entry, Round round) throws InterruptedException {
        ParseResult own = entry.toArticle(clock.instant());
        if (entry.url() == null) {
            return own;
        }
        try {
            FetchedResponse page = http.get(URI.create(entry.url()));
            String name = page.uri().toString();
            List<ParseResult> results = pageReader.read(new InputDocument(name, page.body(), page.contentType(), name));
            for (ParseResult result : results) {
                if (result instanceof ParseResult.Parsed parsed) {
                    return new ParseResult.Parsed(entry.origin(), merge(entry, parsed.article()));
                }
            }
            log.info(
                    "page {} yielded no article ({}); using the feed's content",
                    name,
                    results.stream()
                            .map(r -> ((ParseResult.Rejected) r).reason())
                            .collect(Collectors.joining("; ")));
        } catch (FetchException e) {
            String code = "page-" + e.failure().code();
            failures.computeIfAbsent(code, c -> new LongAdder()).increment();
            round.failures.add(new PollReport.Failure(feed.location(), code, e.getMessage(), e.isRetriable()));
            log.warn("page of {} not fetched: {}; using the feed's content", entry.origin(), e.getMessage());
            if (e.isRetriable() && own instanceof ParseResult.Rejected) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            log.warn("page of {} not fetched: malformed URL {}", entry.origin(), entry.url());
        }
        return own;
    }

    /** The page's body and canonical URL, the feed's metadata where the feed has it. */
    private static Article merge(FeedEntry entry, Article page) {
        String title = entry.title() != null ? entry.title() : page.title();
        String url = page.url() != null ? page.url() : entry.url();
        return new Article(
                ArticleIds.of(url, title, page.body()),
                Article.SCHEMA_VERSION,
                url,
                entry.source(),
                title,
                entry.authors().isEmpty() ? page.authors() : entry.authors(),
                entry.publishedAt() != null ? entry.publishedAt() : page.publishedAt(),
                page.language() != null ? page.language() : entry.language(),
                page.body(),
                page.ingestedAt());
    }

    private CompletableFuture<Void> publish(Article article) {
        try {
            return publisher.publish(article);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for every acknowledgement, up to the publish timeout; returns the reasons of those that failed. */
    private List<String> awaitAcknowledgements(List<Pending> pending) throws InterruptedException {
        CompletableFuture<?>[] futures =
                pending.stream().map(Pending::acknowledgement).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).get(options.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the reasons are collected per future below
        }
        List<String> reasons = new ArrayList<>();
        for (Pending p : pending) {
            if (!p.acknowledgement().isDone()) {
                reasons.add("not acknowledged within " + options.publishTimeout());
            } else if (p.acknowledgement().isCompletedExceptionally()) {
                try {
                    p.acknowledgement().join();
                } catch (CompletionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    reasons.add(cause.getMessage() == null ? cause.toString() : cause.getMessage());
                }
            }
        }
        return reasons;
    }

    private void fail(Round round, Backoff backoff, FeedSource feed, String code, String message, boolean retriable) {
        failures.computeIfAbsent(code, c -> new LongAdder()).increment();
        backoff.failed(maxRoundsToSkip());
        log.warn("feed {} failed ({}, {} in a row): {}", feed, code, backoff.failures, message);
        round.failures.add(new PollReport.Failure(feed.location(), code, message, retriable));
    }

    private int maxRoundsToSkip() {
        long rounds = options.maxBackoff().toMillis() / options.interval().toMillis();
        return (int) Math.max(0, Math.min(rounds - 1, 1 << 16));
    }

    private byte[] readFile(Path path) throws IOException, FetchException {
        long size = Files.size(path);
        long max = http.limits().maxBodyBytes();
        if (size > max) {
            throw new FetchException(
                    FetchFailure.TOO_LARGE,
                    path.toUri(),
                    path + " is larger than the limit of " + max + " bytes (" + size + " bytes)");
        }
        return Files.readAllBytes(path);
    }

    private void save(Round round) {
        try {
            state.save();
        } catch (IOException e) {
            // the entries are published; without the state a restart republishes them, which downstream absorbs
            failures.computeIfAbsent("state-not-saved", c -> new LongAdder()).increment();
            String message = "cannot write the feed state " + options.stateFile() + ": " + e.getMessage();
            log.error(message);
            round.failures.add(
                    new PollReport.Failure(options.stateFile().toString(), "state-not-saved", message, true));
        }
    }

    private record Pending(String key, Article article, CompletableFuture<Void> acknowledgement) {
        boolean acknowledged() {
            return acknowledgement.isDone() && !acknowledgement.isCompletedExceptionally();
        }
    }

    /** Consecutive failures of one feed and how many rounds it sits out before the next attempt. */
    private static final class Backoff {
        int failures;
        int roundsToSkip;

        void failed(int maxRoundsToSkip) {
            failures++;
            roundsToSkip = (int) Math.min((1L << Math.min(failures - 1, 30)) - 1, maxRoundsToSkip);
        }

        void reset() {
            failures = 0;
            roundsToSkip = 0;
        }
    }

    private static final class Round {
        final List<String> publishedIds = new ArrayList<>();
        final List<ParseResult.Rejected> rejected = new ArrayList<>();
        final List<PollReport.Failure> failures = new ArrayList<>();
        int skippedSeen;

        PollReport report() {
            return new PollReport(publishedIds, rejected, failures, skippedSeen);
        }
    }
}
