package dev.newsflow.pipeline;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The pipeline on Apache Kafka's own image, where Docker runs; reported as skipped where it does not. PostgreSQL
 * comes from 127.0.0.1:5432 when it answers, else from a container too.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerPipelineIT extends PipelineContract {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
