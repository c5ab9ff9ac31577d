package dev.newsflow.pipeline;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

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
                // a broker that meets a fatal error while it closes calls Kafka's Exit, which halts the JVM with a
                // non-zero status: the test run then fails after every test passed. The JVM is exiting anyway, so
                // Kafka's exit and halt may do nothing here (Kafka's own tests replace them the same way)
                Exit.setExitProcedure((status, message) -> {});
                Exit.setHaltProcedure((status, message) -> {});
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
