package dev.newsflow.enrich.dedup;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup stage's state stores, all persistent (RocksDB) and backed by a compacted changelog topic, so that a
 * restarted or moved task restores them.
 */
public final class DedupStores {

    /** Article id → {@link ArticleState}; partitioned like the raw topic. */
    public static final String ARTICLES = "dedup-articles";

    /** LSH bucket key → {@link Bucket}; partitioned by bucket key through the {@code dedup-bands} repartition topic. */
    public static final String BUCKETS = "dedup-buckets";

    /**
     * Article id → the wall-clock time (epoch milliseconds) after which the article is published without waiting
     * for the rest of its buckets' answers; holds only the articles still waiting. Partitioned like the raw topic.
     */
    public static final String PENDING = "dedup-pending";

    private DedupStores() {}

    public static StoreBuilder<KeyValueStore<String, ArticleState>> articles() {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ARTICLES), Serdes.String(), DedupSerdes.articleState());
    }

    public static StoreBuilder<KeyValueStore<String, Long>> pending() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING), Serdes.String(), Serdes.Long());
    }

    public static StoreBuilder<KeyValueStore<String, Bucket>> buckets() {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKETS), Serdes.String(), DedupSerdes.bucket());
    }
}
