package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.parse.ParseResult;
import java.util.List;

/**
 * What one polling round did, for the {@code run --once} and {@code ingest} summaries.
 *
 * @param publishedIds ids of the articles published and acknowledged in this round, in order
 * @param rejected entries that are not articles, with the reason
 * @param failures feeds (or pages, or publishes) that failed, with the reason
 * @param skippedSeen entries skipped because they were handled in an earlier round
 */
public record PollReport(
        List<String> publishedIds, List<ParseResult.Rejected> rejected, List<Failure> failures, int skippedSeen) {

    /**
     * @param feed the feed's location
     * @param code a stable reason code, as in {@link FeedStats#failures()}
     * @param message the reason, for the user
     * @param retriable whether the next poll may succeed
     */
    public record Failure(String feed, String code, String message, boolean retriable) {}

    public PollReport {
        publishedIds = List.copyOf(publishedIds);
        rejected = List.copyOf(rejected);
        failures = List.copyOf(failures);
    }
}
