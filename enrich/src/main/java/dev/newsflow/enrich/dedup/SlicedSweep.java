package dev.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Walks a state store a slice at a time: each slice resumes after the last key of the one before and the walk wraps
 * round at the end. Expiry punctuations run on the stream thread, where reading a store of millions of entries at
 * once would stall processing for seconds; a slice bounds that work.
 *
 * <p>Keys are compared as the store orders them, by their serialized bytes; a key written behind the walk is seen
 * on the next round.
 */
final class SlicedSweep<V> {

    /** The smallest string after a key in byte order: the key followed by the zero byte. */
    private static final String SUCCESSOR = "\u0000";

    private final int slice;
    private String resumeAfter;

    SlicedSweep(int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("a slice must hold at least one entry: " + slice);
        }
        this.slice = slice;
    }

    /** Up to a slice of the store's entries, in key order, from where the previous slice stopped. */
    List<KeyValue<String, V>> next(KeyValueStore<String, V> store) {
        List<KeyValue<String, V>> entries = new ArrayList<>(Math.min(slice, 1024));
        try (KeyValueIterator<String, V> walk =
                resumeAfter == null ? store.all() : store.range(resumeAfter + SUCCESSOR, null)) {
            while (entries.size() < slice && walk.hasNext()) {
                entries.add(walk.next());
            }
            boolean more = walk.hasNext();
            resumeAfter = more && !entries.isEmpty() ? entries.get(entries.size() - 1).key : null;
        }
        return entries;
    }
}
