package dev.newsflow.pipeline;

/** The pipeline on a real single-node KRaft broker started in this JVM by Kafka's own test kit. */
class InProcessBrokerPipelineIT extends PipelineContract {

    @Override
    String bootstrapServers() throws Exception {
        return InProcessKafka.bootstrapServers();
    }
}
