package dev.newsflow.pipeline;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real single-node KRaft broker per test JVM, started in-process by Kafka's own test kit on first use and
 * closed when the JVM exits. Tests share it and keep apart by unique topic names and group ids.
 */
final class InProcessKafka {

    private static KafkaClusterTestKit cluster;

    private InProcessKafka() {}

    static synchronized String bootstrapServers() throws Exception {
        if (cluster == null) {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KafkaClusterTestKit started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // the JVM is exiting; the test kit's temporary folders go with it
                }
            }));
        }
        return cluster.bootstrapServers();
    }
}
