package dev.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlicedSweepTest {

    private final KeyValueStore<String, Integer> store = Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore("sweep-test"), Serdes.String(), Serdes.Integer())
            .withLoggingDisabled()
            .build();

    @BeforeEach
    void setUp() {
        MockProcessorContext<String, Integer> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        for (String key : List.of("a", "b", "c", "d", "e")) {
            store.put(key, (int) key.charAt(0));
        }
    }

    private static List<String> keys(List<KeyValue<String, Integer>> entries) {
        return entries.stream().map(entry -> entry.key).toList();
    }

    @Test
    void shouldWalkTheStoreASliceAtATimeAndStartOverAtTheEnd() {
        SlicedSweep<Integer> sweep = new SlicedSweep<>(2);

        assertEquals(List.of("a", "b"), keys(sweep.next(store)));
        assertEquals(List.of("c", "d"), keys(sweep.next(store)));
        assertEquals(List.of("e"), keys(sweep.next(store)));
        assertEquals(List.of("a", "b"), keys(sweep.next(store)));
    }

    @Test
    void shouldResumeAfterTheLastKeyEvenWhenItWasDeletedOrKeysWereAddedBehind() {
        SlicedSweep<Integer> sweep = new SlicedSweep<>(2);
        sweep.next(store);

        store.delete("b");
        store.put("aa", 0); // behind the walk: seen on the next round
        store.put("bb", 0); // ahead of it

        assertEquals(List.of("bb", "c"), keys(sweep.next(store)));
        assertEquals(List.of("d", "e"), keys(sweep.next(store)));
        assertEquals(List.of("a", "aa"), keys(sweep.next(store)));
    }

    @Test
    void shouldReadAStoreSmallerThanASliceWhole() {
        assertEquals(List.of("a", "b", "c", "d", "e"), keys(new SlicedSweep<Integer>(10).next(store)));
    }

    @Test
    void shouldRefuseAnEmptySlice() {
        assertThrows(IllegalArgumentException.class, () -> new SlicedSweep<Integer>(0));
    }
}
