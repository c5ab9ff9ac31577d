package dev.newsflow.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.nlp.NlpModels;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates are found across partitions: a wire story, its re-publication and a different story on the same
 * event, each keyed to another of three partitions, on a real broker.
 */
class NearDuplicateAcrossPartitionsIT {

    private static final int PARTITIONS = 3;

    @TempDir
    Path stateDir;

    @Test
    void shouldMarkARepublicationOnAnotherPartitionAsADuplicateOfTheFirstSeenStory() throws Exception {
        String bootstrap = InProcessKafka.bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("raw-" + run, "enriched-" + run, "dlq-" + run, PARTITIONS);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics.all().stream()
                            .map(t -> new NewTopic(t.name(), PARTITIONS, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
        String[] versions = Files.readString(Path.of("../enrich/src/test/resources/near-duplicates/01-quake.txt"))
                .split("(?m)^### .*$");
        String wire = versions[1].strip();
        String republished = versions[2].strip();
        String otherStory = versions[4].strip();
        List<String> ids = idsOnDifferentPartitions(run);
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        Instant first = Instant.parse("2026-01-01T08:00:00Z");

        try (EnrichApp enrich = new EnrichApp(
                        new EnrichConfig(client, topics, "dedup-" + run, stateDir.toString()),
                        NlpModels.load(),
                        Clock.systemUTC());
                KafkaProducer<String, Article> producer = new KafkaProducer<>(
                        client,
                        topics.raw().keySerde().serializer(),
                        topics.raw().valueSerde().serializer());
                KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(
                        Map.of(
                                "bootstrap.servers",
                                bootstrap,
                                "group.id",
                                "reader-" + run,
                                "auto.offset.reset",
                                "earliest",
                                "isolation.level",
                                "read_committed"),
                        topics.enriched().keySerde().deserializer(),
                        topics.enriched().valueSerde().deserializer())) {
            enrich.start();
            consumer.subscribe(List.of(topics.enriched().name()));
            Map<String, EnrichedArticle> out = new LinkedHashMap<>();

            send(producer, topics, ids.get(0), wire, first);
            readUntil(consumer, out, 1);
            send(producer, topics, ids.get(1), republished, first.plusSeconds(60));
            send(producer, topics, ids.get(2), otherStory, first.plusSeconds(120));
            readUntil(consumer, out, 3);

            assertNull(out.get(ids.get(0)).duplicateOf(), "the first seen is the original");
            assertEquals(ids.get(0), out.get(ids.get(1)).duplicateOf(), "the re-publication");
            assertNull(out.get(ids.get(2)).duplicateOf(), "another story on the same event");
        }
    }

    private static void send(KafkaProducer<String, Article> producer, Topics topics, String id, String body, Instant at)
            throws Exception {
        Article article =
                new Article(id, Article.SCHEMA_VERSION, null, "wire", "Quake", List.of(), null, "en", body, at);
        producer.send(new ProducerRecord<>(topics.raw().name(), id, article)).get();
    }

    private static void readUntil(
            KafkaConsumer<String, EnrichedArticle> consumer, Map<String, EnrichedArticle> out, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> out.put(record.key(), record.value()));
            return out.size() >= count;
        });
    }

    /** Ids that the default partitioner puts on three different partitions. */
    private static List<String> idsOnDifferentPartitions(String run) {
        List<String> ids = new ArrayList<>();
        Set<Integer> partitions = new HashSet<>();
        for (int i = 0; ids.size() < PARTITIONS; i++) {
            String id = "article-" + run + "-" + i;
            if (partitions.add(Utils.toPositive(Utils.murmur2(id.getBytes())) % PARTITIONS)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
