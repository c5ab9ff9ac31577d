package dev.newsflow.enrich.dedup;

import java.util.List;

/**
 * What one LSH bucket answered to a {@link BandRequest}, keyed by the asking article's id on the
 * {@code dedup-answers} repartition topic.
 *
 * @param request the request answered
 * @param matches articles in the bucket seen before the asking one whose similarity reaches the threshold
 */
public record BandAnswer(long request, List<Match> matches) {

    public BandAnswer {
        matches = List.copyOf(matches);
    }

    /** An earlier article of the same story. */
    public record Match(String articleId, long firstSeen, double similarity) {

        /** Whether this article was seen before the other: earlier first sighting, then smaller id. */
        public boolean before(String otherId, long otherFirstSeen) {
            return firstSeen != otherFirstSeen ? firstSeen < otherFirstSeen : articleId.compareTo(otherId) < 0;
        }
    }
}
