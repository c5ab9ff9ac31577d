package dev.newsflow.cli;

import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares: where the cluster is, client settings, topic names. */
final class KafkaOptions {

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka cluster to use; default: $NEWSFLOW_BOOTSTRAP_SERVERS "
                    + "(run: an embedded single-node broker when neither is given).",
            defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS}")
    String bootstrapServers;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file with any Kafka client setting (TLS, SASL, num.stream.threads, ...).")
    Path configFile;

    @Option(names = "--raw-topic", defaultValue = Topics.DEFAULT_RAW, description = "Default: ${DEFAULT-VALUE}.")
    String rawTopic;

    @Option(
            names = "--enriched-topic",
            defaultValue = Topics.DEFAULT_ENRICHED,
            description = "Default: ${DEFAULT-VALUE}.")
    String enrichedTopic;

    @Option(
            names = "--dlq-topic",
            defaultValue = Topics.DEFAULT_DEAD_LETTER,
            description = "Dead-letter topic. Default: ${DEFAULT-VALUE}.")
    String deadLetterTopic;

    @Option(
            names = "--partitions",
            defaultValue = "" + Topics.DEFAULT_PARTITIONS,
            description = "Partitions of topics created at start when missing. Default: ${DEFAULT-VALUE}.")
    int partitions;

    Topics topics() {
        return Topics.named(rawTopic, enrichedTopic, deadLetterTopic, partitions);
    }

    /** Client properties: the --config file, then --bootstrap-servers (or {@code fallback}) on top. */
    Properties clientProperties(String fallbackBootstrapServers) {
        Properties props = new Properties();
        if (configFile != null) {
            try (Reader reader = Files.newBufferedReader(configFile)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UserError("cannot read --config " + configFile + ": " + e.getMessage());
            }
        }
        String servers = bootstrapServers != null ? bootstrapServers : fallbackBootstrapServers;
        if (servers != null) {
            props.setProperty("bootstrap.servers", servers);
        }
        if (props.getProperty("bootstrap.servers") == null) {
            throw new UserError("no Kafka cluster: give --bootstrap-servers, NEWSFLOW_BOOTSTRAP_SERVERS or "
                    + "bootstrap.servers in --config");
        }
        return props;
    }
}
