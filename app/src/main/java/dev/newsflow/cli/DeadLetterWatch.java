package dev.newsflow.cli;

import dev.newsflow.model.DeadLetterHeaders;
import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the dead-letter topic from its current end, telling the run which articles were dead-lettered and
 * printing why. It reads without a consumer group: it commits nothing and takes nothing from other readers.
 */
final class DeadLetterWatch implements Runnable, AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final RunProgress progress;
    private final PrintWriter err;
    private volatile boolean running = true;

    /** Positions at the end of the dead-letter topic now, so that only letters written from here on count. */
    DeadLetterWatch(Properties client, Topics topics, RunProgress progress, PrintWriter err) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.progress = progress;
        this.err = err;
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topics.deadLetter().name())
                .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> letter : consumer.poll(Duration.ofMillis(200))) {
                    String stage = DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE)
                            .orElse("?");
                    String reason = DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.EXCEPTION_MESSAGE)
                            .orElse("no reason given");
                    err.println("dead-lettered by " + stage + " (key " + letter.key() + "): " + reason);
                    err.flush();
                    progress.deadLettered(List.of(String.valueOf(letter.key())));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
