package dev.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The LSH index: reads {@link BandRequest}s keyed by bucket key (so every article with the same bucket key, from
 * any raw partition, comes to the same task), answers each with the articles of the bucket seen before the asking
 * one that are similar enough, then inserts the asking article. An article never matches its own id, so a re-ingest
 * finds only other articles. Answers are keyed by the asking article's id.
 *
 * <p>One instance per stream task; not thread-safe.
 */
public final class BandIndexProcessor implements Processor<String, BandRequest, String, BandAnswer> {

    private final Fingerprinter fingerprinter;
    private ProcessorContext<String, BandAnswer> context;
    private KeyValueStore<String, Bucket> buckets;

    public BandIndexProcessor(Fingerprinter fingerprinter) {
        this.fingerprinter = fingerprinter;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.buckets = context.getStateStore(DedupStores.BUCKETS);
    }

    @Override
    public void process(Record<String, BandRequest> record) {
        BandRequest request = record.value();
        Bucket bucket = buckets.get(record.key());
        if (bucket == null) {
            bucket = Bucket.empty();
        }
        if (request.isRemoval()) {
            Bucket rest = bucket.without(request.articleId());
            if (rest.entries().isEmpty()) {
                buckets.delete(record.key());
            } else {
                buckets.put(record.key(), rest);
            }
            return;
        }
        List<BandAnswer.Match> matches = new ArrayList<>();
        for (Bucket.Entry entry : bucket.entries()) {
            BandAnswer.Match candidate = new BandAnswer.Match(
                    entry.articleId(), entry.firstSeen(), MinHash.similarity(entry.signature(), request.signature()));
            if (!entry.articleId().equals(request.articleId())
                    && candidate.before(request.articleId(), request.firstSeen())
                    && candidate.similarity() >= fingerprinter.settings().threshold()) {
                matches.add(candidate);
            }
        }
        buckets.put(
                record.key(),
                bucket.with(
                        new Bucket.Entry(request.articleId(), request.firstSeen(), request.signature()),
                        fingerprinter.settings().bucketCapacity()));
        context.forward(
                new Record<>(request.articleId(), new BandAnswer(request.request(), matches), record.timestamp()));
    }
}
