package dev.newsflow.ingest.feed;

import java.util.Map;
import java.util.TreeMap;

/**
 * The poller's counters since it was created; an immutable snapshot.
 *
 * @param rounds polling rounds over all feeds
 * @param polls feed fetches attempted (files read included)
 * @param notModified fetches answered {@code 304 Not Modified}
 * @param deferred feed polls skipped because the feed is backing off after failures
 * @param published entries published and acknowledged
 * @param skippedSeen entries skipped because they were already handled
 * @param rejected entries that are not articles (no title, no body)
 * @param failures failed feed polls, page fetches and publishes by reason code ({@code timeout},
 *     {@code unreachable}, {@code server-error}, {@code invalid-feed}, {@code publish-failed}, {@code page-...})
 */
public record FeedStats(
        long rounds,
        long polls,
        long notModified,
        long deferred,
        long published,
        long skippedSeen,
        long rejected,
        Map<String, Long> failures) {

    public FeedStats {
        failures = Map.copyOf(failures);
    }

    /** All failures, whatever the reason. */
    public long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return "FeedStats[rounds=" + rounds + ", polls=" + polls + ", notModified=" + notModified + ", deferred="
                + deferred + ", published=" + published + ", skippedSeen=" + skippedSeen + ", rejected=" + rejected
                + ", failures=" + new TreeMap<>(failures) + "]";
    }
}
