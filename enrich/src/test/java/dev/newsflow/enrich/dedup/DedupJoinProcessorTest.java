package dev.newsflow.enrich.dedup;

import static dev.newsflow.model.Articles.anArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DedupJoinProcessorTest {

    private static final long NOW = 1_000_000L;
    private static final long TIMEOUT = DedupSettings.defaults().answerTimeout().toMillis();

    private final MockProcessorContext<String, EnrichedArticle> context = new MockProcessorContext<>();
    private final KeyValueStore<String, ArticleState> articles =
            store(DedupStores.ARTICLES, DedupSerdes.articleState());
    private final KeyValueStore<String, Long> pending = store(DedupStores.PENDING, Serdes.Long());
    private final DedupJoinProcessor join = new DedupJoinProcessor(DedupSettings.defaults());
    private DedupRequests requests;

    @BeforeEach
    void setUp() {
        context.setCurrentSystemTimeMs(NOW);
        for (KeyValueStore<?, ?> store : List.of(articles, pending)) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        join.init(context);
        requests = new DedupRequests(new Fingerprinter(DedupSettings.defaults()), articles, pending);
    }

    @Test
    void shouldPublishOnceEveryBandHasAnswered() {
        long request = start("copy");
        int bands = DedupSettings.defaults().bands();

        for (int band = 0; band < bands - 1; band++) {
            join.process(answer("copy", request, band == 3 ? match("wire", 10) : null));
        }
        assertTrue(context.forwarded().isEmpty());
        join.process(answer("copy", request, null));

        assertEquals(List.of("copy"), forwardedIds());
        assertEquals("wire", context.forwarded().get(0).record().value().duplicateOf());
        assertNull(pending.get("copy"));
    }

    @Test
    void shouldPublishAnArticleWhoseAnswersDoNotAllComeByItsDeadlineWithTheAnswersItGot() {
        long request = start("copy");
        // one answer with a match arrives; the other bands' answers were lost (dead-lettered, say)
        join.process(answer("copy", request, match("wire", 10)));

        join.publishOverdue(NOW + TIMEOUT - 1);
        assertTrue(context.forwarded().isEmpty(), "published before its deadline");

        join.publishOverdue(NOW + TIMEOUT);
        assertEquals(List.of("copy"), forwardedIds());
        assertEquals("wire", context.forwarded().get(0).record().value().duplicateOf());
        assertNull(pending.get("copy"));

        // a late answer changes nothing, and the article is not published twice
        join.process(answer("copy", request, match("older", 1)));
        join.publishOverdue(NOW + 2 * TIMEOUT);
        assertEquals(List.of("copy"), forwardedIds());
    }

    @Test
    void shouldCountTheDeadlineOfARepublishedTextFromItsOwnStart() {
        start("story");
        // a new version of the same article arrives just before the first one's deadline
        requests.start(enriched("story"), 5L, NOW + TIMEOUT - 1);

        join.publishOverdue(NOW + TIMEOUT);
        assertTrue(context.forwarded().isEmpty(), "the new text's wait started later");
        assertEquals(2, articles.get("story").request());

        join.publishOverdue(NOW + 2 * TIMEOUT - 1);
        assertEquals(List.of("story"), forwardedIds());
    }

    @Test
    void shouldForgetArticlesFirstSeenLongerAgoThanTheRetentionUnlessTheyWait() {
        long request = start("published");
        for (int band = 0; band < DedupSettings.defaults().bands(); band++) {
            join.process(answer("published", request, null));
        }
        start("waiting");
        long firstSeen = articles.get("published").firstSeen();
        long retention = DedupSettings.defaults().retention().toMillis();

        join.expire(firstSeen + retention);
        assertTrue(articles.get("published") != null, "kept until the retention has passed");

        join.expire(firstSeen + retention + 1);
        assertNull(articles.get("published"));
        assertTrue(articles.get("waiting") != null, "an article waiting for answers is never forgotten");
    }

    @Test
    void shouldGiveADeadlineToAnArticleLeftWaitingWithoutOne() {
        start("old");
        pending.delete("old"); // as state written before deadlines were kept

        join.expire(articles.get("old").firstSeen());
        assertEquals(NOW + TIMEOUT, pending.get("old"));

        join.publishOverdue(NOW + TIMEOUT);
        assertEquals(List.of("old"), forwardedIds());
    }

    @Test
    void shouldScheduleTheDeadlineCheckAndTheExpiryOnWallClockTime() {
        MockProcessorContext.CapturedPunctuator punctuator =
                context.scheduledPunctuators().get(0);

        assertEquals(DedupJoinProcessor.CHECK_EVERY, punctuator.getInterval());
        assertEquals(org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME, punctuator.getType());
    }

    private long start(String id) {
        requests.start(enriched(id), 5L, NOW);
        return articles.get(id).request();
    }

    private static EnrichedArticle enriched(String id) {
        return EnrichedArticle.of(
                anArticle()
                        .withId(id)
                        .withBody("Storm closes the harbour for a second day as fishermen wait for the wind to drop.")
                        .build(),
                "en",
                List.of(),
                List.of(),
                Instant.EPOCH,
                Map.of());
    }

    private static Record<String, BandAnswer> answer(String id, long request, BandAnswer.Match match) {
        return new Record<>(id, new BandAnswer(request, match == null ? List.of() : List.of(match)), 5L);
    }

    private static BandAnswer.Match match(String id, long firstSeen) {
        return new BandAnswer.Match(id, firstSeen, 0.9);
    }

    private List<String> forwardedIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (CapturedForward<? extends String, ? extends EnrichedArticle> forward : context.forwarded()) {
            ids.add(forward.record().key());
        }
        return ids;
    }

    private static <V> KeyValueStore<String, V> store(
            String name, org.apache.kafka.common.serialization.Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled()
                .build();
    }
}
