package dev.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandIndexProcessorTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long T0 = 1_700_000_000_000L;
    private static final int[] SIGNATURE = new int[64];

    private final MockProcessorContext<String, BandAnswer> context = new MockProcessorContext<>();
    private final KeyValueStore<String, Bucket> buckets = Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore(DedupStores.BUCKETS), Serdes.String(), DedupSerdes.bucket())
            .withLoggingDisabled()
            .build();
    private final BandIndexProcessor index =
            new BandIndexProcessor(new Fingerprinter(DedupSettings.defaults().withRetention(Duration.ofDays(7))));

    @BeforeEach
    void setUp() {
        context.setCurrentSystemTimeMs(T0 + 30 * DAY);
        buckets.init(context.getStateStoreContext(), buckets);
        context.addStateStore(buckets);
        index.init(context);
    }

    @Test
    void shouldAnswerWithTheEarlierSimilarArticleWithinTheRetention() {
        ask("bucket", "wire", T0);
        ask("bucket", "copy", T0 + DAY);

        BandAnswer answer = lastAnswer();
        assertEquals(
                List.of("wire"),
                answer.matches().stream().map(BandAnswer.Match::articleId).toList());
    }

    @Test
    void shouldNotMatchNorKeepAnArticleFirstSeenLongerAgoThanTheRetention() {
        ask("bucket", "wire", T0);

        ask("bucket", "copy", T0 + 8 * DAY);

        assertEquals(List.of(), lastAnswer().matches());
        assertEquals(
                List.of("copy"),
                buckets.get("bucket").entries().stream()
                        .map(Bucket.Entry::articleId)
                        .toList());
    }

    @Test
    void shouldSweepExpiredArticlesFromEveryBucket() {
        ask("old", "wire", T0);
        ask("mixed", "wire", T0);
        ask("mixed", "fresh", T0 + 6 * DAY);

        index.expire(T0 + 7 * DAY + 1);

        assertNull(buckets.get("old"));
        assertEquals(
                List.of("fresh"),
                buckets.get("mixed").entries().stream()
                        .map(Bucket.Entry::articleId)
                        .toList());
        assertEquals(
                BandIndexProcessor.EXPIRE_EVERY,
                context.scheduledPunctuators().get(0).getInterval());
    }

    @Test
    void shouldSweepTheIndexASliceAtATime() {
        BandIndexProcessor sliced = new BandIndexProcessor(
                new Fingerprinter(DedupSettings.defaults().withRetention(Duration.ofDays(7))), 1);
        sliced.init(context);
        ask("first", "wire", T0);
        ask("second", "wire", T0);

        sliced.expire(T0 + 7 * DAY + 1);
        assertNull(buckets.get("first"));
        assertEquals(1, buckets.get("second").entries().size());

        sliced.expire(T0 + 7 * DAY + 1);
        assertNull(buckets.get("second"));
    }

    @Test
    void shouldNotLetAFirstSightingInTheFutureExpireThePresent() {
        context.setCurrentSystemTimeMs(T0 + DAY);
        ask("bucket", "wire", T0);

        // an upstream clock 100 days ahead: counted as now, so the wire story stays
        ask("bucket", "skewed", T0 + 100 * DAY);

        assertEquals(
                List.of("wire"),
                lastAnswer().matches().stream().map(BandAnswer.Match::articleId).toList());
    }

    private void ask(String bucket, String articleId, long firstSeen) {
        index.process(new Record<>(bucket, new BandRequest(articleId, 1, firstSeen, SIGNATURE), firstSeen));
    }

    private BandAnswer lastAnswer() {
        List<MockProcessorContext.CapturedForward<? extends String, ? extends BandAnswer>> forwarded =
                context.forwarded();
        return forwarded.get(forwarded.size() - 1).record().value();
    }
}
