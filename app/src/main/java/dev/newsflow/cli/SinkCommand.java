package dev.newsflow.cli;

import dev.newsflow.sink.ArticleStore;
import dev.newsflow.sink.JdbcArticleStore;
import dev.newsflow.sink.SinkApp;
import dev.newsflow.sink.SinkConfig;
import dev.newsflow.sink.SinkListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description = {
            "Run the sink stage until stopped: store enriched articles, one row per article id.",
            "Run more instances with the same --group-id to share the partitions."
        })
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(
            names = "--store",
            required = true,
            paramLabel = "JDBC_URL",
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE?user=...&password=...")
    String store;

    @Option(
            names = "--group-id",
            defaultValue = SinkConfig.DEFAULT_GROUP_ID,
            description = "Default: ${DEFAULT-VALUE}.")
    String groupId;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties(null);
        SinkConfig config = sinkConfig(client, kafka, store, groupId);
        TopicSetup.ensure(client, kafka.topics());
        try (ArticleStore articles = JdbcArticleStore.open(store, Clock.systemUTC());
                SinkApp sink = new SinkApp(config, articles, SinkListener.NONE)) {
            Shutdown shutdown = Shutdown.onSignal(sink::stop);
            try {
                sink.run();
            } finally {
                shutdown.completed();
            }
        }
        return 0;
    }

    static SinkConfig sinkConfig(Properties client, KafkaOptions kafka, String store, String groupId) {
        try {
            return new SinkConfig(client, kafka.topics(), store, groupId, Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
