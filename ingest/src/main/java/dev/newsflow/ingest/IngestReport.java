package dev.newsflow.ingest;

import dev.newsflow.ingest.parse.ParseResult;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one ingest run did.
 *
 * @param publishedIds the ids of the articles the broker acknowledged, in order, each once
 * @param rejected the inputs that were not articles, with the reason
 * @param failed the articles the broker did not acknowledge, with the reason
 */
public record IngestReport(Set<String> publishedIds, List<ParseResult.Rejected> rejected, List<Failure> failed) {

    public record Failure(String origin, String id, String reason) {}

    public IngestReport {
        publishedIds = Collections.unmodifiableSet(new LinkedHashSet<>(publishedIds));
        rejected = List.copyOf(rejected);
        failed = List.copyOf(failed);
    }
}
