package dev.newsflow.model;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic together with the serdes of its keys and values, so that no stage can read a topic with the wrong
 * types.
 *
 * @param name the topic's name
 * @param partitions how many partitions the topic is created with when missing; the unit of parallelism
 */
public record Topic<K, V>(String name, int partitions, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition: " + partitions);
        }
    }
}
