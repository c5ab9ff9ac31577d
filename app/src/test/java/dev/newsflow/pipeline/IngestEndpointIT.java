package dev.newsflow.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.ingest.IngestConfig;
import dev.newsflow.ingest.KafkaPublisher;
import dev.newsflow.ingest.http.ArticleEndpoint;
import dev.newsflow.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** POST /articles in front of a real broker: what is accepted is on the raw topic, what is refused is not. */
class IngestEndpointIT {

    private static final String ONE = "{\"headline\":\"Tram line opens\",\"articleBody\":\"The line opened.\","
            + "\"url\":\"https://news.example.com/tram\"}";
    private static final String TWO = "{\"headline\":\"Harbour dredged\",\"articleBody\":\"Work began.\","
            + "\"url\":\"https://news.example.com/harbour\"}";

    @Test
    void shouldPublishAGoodBatchAndNothingOfARefusedRequest() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topics topics = Topics.named("raw-" + run, "enriched-" + run, "dlq-" + run, 1);
        Properties client = new Properties();
        client.put("bootstrap.servers", InProcessKafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topics.raw().name(), 1, (short) 1)))
                    .all()
                    .get();
        }
        HttpClient http = HttpClient.newHttpClient();

        try (KafkaPublisher publisher = new KafkaPublisher(new IngestConfig(client, topics));
                ArticleEndpoint endpoint = new ArticleEndpoint(
                                ArticleEndpoint.Options.defaults().withPort(0).withBearerToken("s3cret"),
                                publisher,
                                Clock.systemUTC())
                        .start()) {
            HttpResponse<String> noToken = http.send(post(endpoint.uri(), "[" + ONE + "]", null), body());
            HttpResponse<String> badJson = http.send(post(endpoint.uri(), "[" + ONE + ",", "s3cret"), body());
            HttpResponse<String> good = http.send(post(endpoint.uri(), "[" + ONE + "," + TWO + "]", "s3cret"), body());

            assertEquals(401, noToken.statusCode(), noToken.body());
            assertEquals(400, badJson.statusCode(), badJson.body());
            assertEquals(202, good.statusCode(), good.body());
            List<String> keys = readKeys(client, topics.raw().name(), 2);
            assertEquals(2, keys.size(), keys::toString);
            for (String key : keys) {
                assertTrue(good.body().contains(key), good.body());
            }
        }
    }

    private static HttpRequest post(URI uri, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString();
    }

    /** Every key on the topic once {@code expected} arrived, plus anything else that came within a second. */
    private static List<String> readKeys(Properties client, String topic, int expected) {
        Properties props = new Properties();
        props.putAll(client);
        props.put("group.id", "reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                return keys.size() >= expected;
            });
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> keys.add(r.key()));
            return keys;
        }
    }
}
