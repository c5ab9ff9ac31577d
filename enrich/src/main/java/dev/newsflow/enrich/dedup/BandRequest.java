package dev.newsflow.enrich.dedup;

/**
 * A message to the LSH bucket of one band, keyed by the bucket key on the {@code dedup-bands} repartition topic.
 *
 * @param articleId the article asking
 * @param request which enrichment of the article asks: answers to an older request are ignored
 * @param firstSeen when the article was first seen, epoch milliseconds; with the id it orders articles
 * @param signature the article's MinHash signature to compare and insert, or null to remove the article from the
 *     bucket (its text changed and no longer falls in it)
 */
public record BandRequest(String articleId, long request, long firstSeen, int[] signature) {

    public boolean isRemoval() {
        return signature == null;
    }
}
