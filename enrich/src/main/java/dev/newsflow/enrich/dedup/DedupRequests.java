package dev.newsflow.enrich.dedup;

import dev.newsflow.model.EnrichedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The first step of near-duplicate detection, on the task that enriched the article: keeps the enriched article in
 * {@link DedupStores#ARTICLES} until its buckets answer (and its deadline in {@link DedupStores#PENDING}), and makes
 * one {@link BandRequest} per LSH band, keyed by bucket key, plus a removal for every bucket the article's previous
 * text was in and its new text is not.
 *
 * <p>One instance per stream task (it holds the task's store); not thread-safe.
 */
public final class DedupRequests {

    private final Fingerprinter fingerprinter;
    private final KeyValueStore<String, ArticleState> articles;
    private final KeyValueStore<String, Long> pending;

    public DedupRequests(
            Fingerprinter fingerprinter,
            KeyValueStore<String, ArticleState> articles,
            KeyValueStore<String, Long> pending) {
        this.fingerprinter = fingerprinter;
        this.articles = articles;
        this.pending = pending;
    }

    /**
     * The records to send for an enriched article: band requests keyed by bucket key, or, when the body has no word
     * to fingerprint, the enriched article itself, keyed by its id, to publish as it is.
     *
     * @param timestamp the raw record's timestamp, which the enriched record keeps
     * @param now the wall-clock time, from which the article's wait for answers is counted
     */
    public List<Record<String, Object>> start(EnrichedArticle article, long timestamp, long now) {
        int[] signature = fingerprinter.signature(article.body());
        ArticleState previous = articles.get(article.id());
        long firstSeen = previous == null
                ? article.ingestedAt().toEpochMilli()
                : Math.min(previous.firstSeen(), article.ingestedAt().toEpochMilli());
        long request = previous == null ? 1 : previous.request() + 1;
        List<String> keys = signature == null
                ? List.of()
                : Arrays.asList(fingerprinter.bands().keys(signature));
        List<Record<String, Object>> out = new ArrayList<>();
        if (previous != null) {
            Set<String> stale = new HashSet<>(previous.bandKeys());
            keys.forEach(stale::remove);
            for (String key : stale) {
                out.add(new Record<>(key, new BandRequest(article.id(), request, firstSeen, null), timestamp));
            }
        }
        if (signature == null) {
            articles.put(article.id(), new ArticleState(firstSeen, request, List.of(), null, timestamp, 0, null));
            pending.delete(article.id());
            out.add(new Record<>(article.id(), article, timestamp));
            return out;
        }
        articles.put(article.id(), new ArticleState(firstSeen, request, keys, article, timestamp, keys.size(), null));
        pending.put(article.id(), now + fingerprinter.settings().answerTimeout().toMillis());
        for (String key : keys) {
            out.add(new Record<>(key, new BandRequest(article.id(), request, firstSeen, signature), timestamp));
        }
        return out;
    }
}
