package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.dedup.DedupSettings;
import dev.newsflow.enrich.nlp.NlpModels;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description = {
            "Run the enrich stage (Kafka Streams, exactly-once) until stopped.",
            "Run more instances with the same --application-id to share the partitions."
        })
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    DedupOptions dedup;

    @Option(
            names = "--application-id",
            defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID,
            description = "Default: ${DEFAULT-VALUE}.")
    String applicationId;

    @Option(
            names = "--state-dir",
            defaultValue = "newsflow-data/streams",
            description = "Kafka Streams local state. Default: ${DEFAULT-VALUE}.")
    String stateDir;

    @Override
    public Integer call() throws InterruptedException {
        DedupSettings duplicates = dedup.settings();
        Properties client = kafka.clientProperties(null);
        TopicSetup.ensure(client, kafka.topics());
        try (EnrichApp enrich = new EnrichApp(
                new EnrichConfig(client, kafka.topics(), applicationId, stateDir, duplicates),
                NlpModels.load(),
                Clock.systemUTC())) {
            Shutdown shutdown = Shutdown.onSignal(() -> {});
            try {
                enrich.start();
                while (!shutdown.awaitRequested(1000)) {
                    if (!enrich.state().isRunningOrRebalancing() && enrich.state() != KafkaStreams.State.CREATED) {
                        throw new IllegalStateException("enrich stopped: Kafka Streams is " + enrich.state());
                    }
                }
            } finally {
                enrich.close();
                shutdown.completed();
            }
        }
        return 0;
    }
}
