package dev.newsflow.enrich.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
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

    /** How often a slice of the index is swept for expired articles. */
    static final Duration EXPIRE_EVERY = Duration.ofMinutes(1);
    /**
     * Entries per sweep: a round over a million buckets takes 20 minutes. An article adds about one entry per band
     * (32), so a task keeps up with about 1,500 articles a minute; buckets are also cleared whenever they are asked.
     */
    static final int SWEEP_SLICE = 50_000;

    private final Fingerprinter fingerprinter;
    private final SlicedSweep<Bucket> sweep;
    private ProcessorContext<String, BandAnswer> context;
    private KeyValueStore<String, Bucket> buckets;
    private long newestFirstSeen = Long.MIN_VALUE;

    public BandIndexProcessor(Fingerprinter fingerprinter) {
        this(fingerprinter, SWEEP_SLICE);
    }

    BandIndexProcessor(Fingerprinter fingerprinter, int sweepSlice) {
        this.fingerprinter = fingerprinter;
        this.sweep = new SlicedSweep<>(sweepSlice);
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.buckets = context.getStateStore(DedupStores.BUCKETS);
        context.schedule(EXPIRE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> expire(newestFirstSeen));
    }

    /**
     * Removes the articles first seen more than the retention before {@code newest} from the next slice of buckets
     * ({@link SlicedSweep}); a bucket is also cleared whenever it is asked.
     */
    void expire(long newest) {
        long cutoff = cutoff(newest);
        List<KeyValue<String, Bucket>> changed = new ArrayList<>();
        for (KeyValue<String, Bucket> bucket : sweep.next(buckets)) {
            Bucket kept = bucket.value.seenSince(cutoff);
            if (kept.entries().size() < bucket.value.entries().size()) {
                changed.add(KeyValue.pair(bucket.key, kept));
            }
        }
        for (KeyValue<String, Bucket> bucket : changed) {
            if (bucket.value.entries().isEmpty()) {
                buckets.delete(bucket.key);
            } else {
                buckets.put(bucket.key, bucket.value);
            }
        }
    }

    private long cutoff(long newest) {
        return newest == Long.MIN_VALUE
                ? Long.MIN_VALUE
                : newest - fingerprinter.settings().retention().toMillis();
    }

    @Override
    public void process(Record<String, BandRequest> record) {
        BandRequest request = record.value();
        // a first sighting in the future (a skewed clock upstream) must not expire the present
        newestFirstSeen = Math.max(newestFirstSeen, Math.min(request.firstSeen(), context.currentSystemTimeMs()));
        Bucket bucket = buckets.get(record.key());
        bucket = bucket == null ? Bucket.empty() : bucket.seenSince(cutoff(newestFirstSeen));
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
