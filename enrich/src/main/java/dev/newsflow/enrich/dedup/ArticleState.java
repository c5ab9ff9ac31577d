package dev.newsflow.enrich.dedup;

import dev.newsflow.model.EnrichedArticle;
import java.util.List;

/**
 * What the dedup stage keeps per article id, in the {@code dedup-articles} store partitioned like the raw topic.
 *
 * @param firstSeen when the id was first seen (its {@code ingestedAt} then), epoch milliseconds: re-ingests keep it,
 *     so that an original never becomes the duplicate of its own copies
 * @param request the number of the latest enrichment of the id; answers to older ones are ignored
 * @param bandKeys the LSH buckets the id's latest text is indexed in
 * @param pending the enriched article waiting for its bucket answers, or null once published
 * @param timestamp the record timestamp of the raw record, for the enriched record
 * @param awaiting how many bucket answers are still to come
 * @param original the earliest matching article found so far, or null
 */
public record ArticleState(
        long firstSeen,
        long request,
        List<String> bandKeys,
        EnrichedArticle pending,
        long timestamp,
        int awaiting,
        BandAnswer.Match original) {

    public ArticleState {
        bandKeys = List.copyOf(bandKeys);
    }
}
