package dev.newsflow.enrich.dedup;

import dev.newsflow.model.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step: reads {@link BandAnswer}s keyed by article id (partitioned like the raw topic, so it shares
 * {@link DedupStores#ARTICLES} with the enriching task) and, once every band of the article's latest request has
 * answered, publishes the enriched article with {@code duplicateOf} set to the earliest matching article, if any.
 * Answers to an older request of the same id are dropped: only the newest text is published.
 *
 * <p>An answer that never comes (its record was dead-lettered on the way) must not keep the article from the
 * enriched topic: every {@link #CHECK_EVERY} of wall-clock time, articles waiting past their deadline in {@link
 * DedupStores#PENDING} are published with the answers that came, and a late answer is then ignored.
 *
 * <p>Every {@link BandIndexProcessor#EXPIRE_EVERY}, the articles first seen longer ago (in first sightings) than {@link
 * DedupSettings#retention()} and not waiting for answers are forgotten, as the index forgets them.
 *
 * <p>One instance per stream task; not thread-safe.
 */
public final class DedupJoinProcessor implements Processor<String, BandAnswer, String, EnrichedArticle> {

    /** How often waiting articles are checked against their deadlines. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DedupJoinProcessor.class);

    private final Duration retention;
    private final Duration answerTimeout;
    private final SlicedSweep<ArticleState> sweep;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, Long> pending;
    private long newestFirstSeen = Long.MIN_VALUE;

    public DedupJoinProcessor(DedupSettings settings) {
        this(settings, BandIndexProcessor.SWEEP_SLICE);
    }

    DedupJoinProcessor(DedupSettings settings, int sweepSlice) {
        this.sweep = new SlicedSweep<>(sweepSlice);
        this.retention = settings.retention();
        this.answerTimeout = settings.answerTimeout();
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(DedupStores.ARTICLES);
        this.pending = context.getStateStore(DedupStores.PENDING);
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, this::publishOverdue);
        context.schedule(
                BandIndexProcessor.EXPIRE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> expire(newestFirstSeen));
    }

    /**
     * Forgets the articles of the next slice of the store ({@link SlicedSweep}) first seen more than the retention
     * before {@code newest}, unless they wait for answers; time is counted as the index counts it ({@link
     * BandIndexProcessor}), in first sightings.
     */
    void expire(long newest) {
        if (newest == Long.MIN_VALUE) {
            return;
        }
        long cutoff = newest - retention.toMillis();
        List<String> expired = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (KeyValue<String, ArticleState> article : sweep.next(articles)) {
            if (article.value.firstSeen() < cutoff && article.value.pending() == null) {
                expired.add(article.key);
            } else if (article.value.pending() != null && pending.get(article.key) == null) {
                // waiting since before deadlines were kept: give it one, so that it is published
                undated.add(article.key);
            }
        }
        expired.forEach(articles::delete);
        undated.forEach(id -> pending.put(id, context.currentSystemTimeMs() + answerTimeout.toMillis()));
    }

    @Override
    public void process(Record<String, BandAnswer> record) {
        ArticleState state = articles.get(record.key());
        BandAnswer answer = record.value();
        if (state != null) {
            // a first sighting in the future (a skewed clock upstream) must not expire the present
            newestFirstSeen = Math.max(newestFirstSeen, Math.min(state.firstSeen(), context.currentSystemTimeMs()));
        }
        if (state == null || state.pending() == null || state.request() != answer.request()) {
            return;
        }
        BandAnswer.Match original = state.original();
        for (BandAnswer.Match match : answer.matches()) {
            if (original == null || match.before(original.articleId(), original.firstSeen())) {
                original = match;
            }
        }
        int awaiting = state.awaiting() - 1;
        if (awaiting > 0) {
            articles.put(
                    record.key(),
                    new ArticleState(
                            state.firstSeen(),
                            state.request(),
                            state.bandKeys(),
                            state.pending(),
                            state.timestamp(),
                            awaiting,
                            original));
            return;
        }
        publish(record.key(), state, original);
    }

    /** Publishes every article whose deadline has passed, with the earliest match among the answers it got. */
    void publishOverdue(long now) {
        List<String> overdue = new ArrayList<>();
        try (KeyValueIterator<String, Long> deadlines = pending.all()) {
            while (deadlines.hasNext()) {
                KeyValue<String, Long> deadline = deadlines.next();
                if (deadline.value <= now) {
                    overdue.add(deadline.key);
                }
            }
        }
        for (String id : overdue) {
            ArticleState state = articles.get(id);
            if (state == null || state.pending() == null) {
                pending.delete(id);
                continue;
            }
            log.warn(
                    "publishing {} without {} of its {} near-duplicate answers, which did not come in time",
                    id,
                    state.awaiting(),
                    state.bandKeys().size());
            publish(id, state, state.original());
        }
    }

    private void publish(String id, ArticleState state, BandAnswer.Match original) {
        articles.put(
                id,
                new ArticleState(
                        state.firstSeen(), state.request(), state.bandKeys(), null, state.timestamp(), 0, original));
        pending.delete(id);
        EnrichedArticle article = state.pending();
        EnrichedArticle out = original == null ? article : article.withDuplicateOf(original.articleId());
        context.forward(new Record<>(id, out, state.timestamp()));
    }
}
