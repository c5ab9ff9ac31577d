package dev.newsflow.enrich.dedup;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup stage's state stores, both persistent (RocksDB) and backed by a compacted changelog topic, so that a
 * restarted or moved task restores them.
 */
public final class DedupStores {

    /** Article id → {@link ArticleState}; partitioned like the raw topic. */
    public static final String ARTICLES = "dedup-articles";

    /** LSH bucket key → {@link Bucket}; partitioned by bucket key through the {@code dedup-bands} repartition topic. */
    public static final String BUCKETS = "dedup-buckets";

    private DedupStores() {}

    public static StoreBuilder<KeyValueStore<String, ArticleState>> articles() {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ARTICLES), Serdes.String(), DedupSerdes.articleState());
    }

    public static StoreBuilder<KeyValueStore<String, Bucket>> buckets() {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKETS), Serdes.String(), DedupSerdes.bucket());
    }
}
