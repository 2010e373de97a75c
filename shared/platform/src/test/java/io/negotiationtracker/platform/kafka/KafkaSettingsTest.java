package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What reaches the Kafka clients from the settings: a managed cluster's security settings from the environment, any
 * other client property from {@code kafka.client.*}, the topic layout; and that no setting turns off {@code acks=all}
 * or idempotence.
 */
class KafkaSettingsTest {
    @Test
    void oneBrokerInPlainTextByDefault() {
        KafkaSettings kafka = settings(Map.of("kafka.bootstrap-servers", "broker:9092"));
        assertThat(kafka.topic())
                .isEqualTo(new KafkaSettings.Topic(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES, 6, (short) 1, 1));
        assertThat(kafka.clientConfig())
                .doesNotContainKeys("security.protocol", "sasl.mechanism", "ssl.truststore.location");
        assertThat(kafka.producerConfig()).containsEntry("acks", "all").containsEntry("enable.idempotence", true);
    }

    @Test
    void securityAndTopicLayoutAreReadFromTheEnvironment() {
        var environment = PropertySource.of(
                "env",
                Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        "b1:9093,b2:9093",
                        "KAFKA_SECURITY_PROTOCOL",
                        "SASL_SSL",
                        "KAFKA_SASL_MECHANISM",
                        "SCRAM-SHA-512",
                        "KAFKA_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                        "KAFKA_SSL_TRUSTSTORE_LOCATION",
                        "/etc/kafka/ca.p12",
                        "KAFKA_SSL_TRUSTSTORE_PASSWORD",
                        "changeit",
                        "KAFKA_TOPIC_PARTITIONS",
                        "12",
                        "KAFKA_TOPIC_REPLICATION_FACTOR",
                        "3",
                        "KAFKA_TOPIC_MIN_INSYNC_REPLICAS",
                        "2"),
                PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE);
        try (ApplicationContext context =
                ApplicationContext.builder().propertySources(environment).start()) {
            KafkaSettings kafka = context.getBean(KafkaSettings.class);
            Map<String, Object> expected = Map.of(
                    "bootstrap.servers",
                    "b1:9093,b2:9093",
                    "security.protocol",
                    "SASL_SSL",
                    "sasl.mechanism",
                    "SCRAM-SHA-512",
                    "ssl.truststore.location",
                    "/etc/kafka/ca.p12",
                    "ssl.truststore.password",
                    "changeit");
            assertThat(kafka.clientConfig()).containsAllEntriesOf(expected).containsKey("sasl.jaas.config");
            assertThat(kafka.producerConfig()).containsAllEntriesOf(expected);
            assertThat(kafka.transactionalProducerConfig("relay")).containsAllEntriesOf(expected);
            assertThat(kafka.topic())
                    .isEqualTo(
                            new KafkaSettings.Topic(KafkaSettings.DEFAULT_TOPIC_MAX_MESSAGE_BYTES, 12, (short) 3, 2));
        }
    }

    @Test
    void anyOtherClientPropertyIsPassedToEveryClient() {
        KafkaSettings kafka = settings(Map.of(
                "kafka.bootstrap-servers",
                "broker:9092",
                "kafka.client.sasl.login.callback.handler.class",
                "com.example.OAuthHandler",
                "kafka.client.linger.ms",
                "20"));
        assertThat(kafka.clientConfig()).containsEntry("sasl.login.callback.handler.class", "com.example.OAuthHandler");
        assertThat(kafka.producerConfig())
                .containsEntry("linger.ms", "20")
                .containsEntry("sasl.login.callback.handler.class", "com.example.OAuthHandler");
    }

    @Test
    void acksAllAndIdempotenceCannotBeTurnedOff() {
        for (var weakened : Map.of(
                        "kafka.client.acks",
                        "1",
                        "kafka.client.enable.idempotence",
                        "false",
                        "kafka.client.transactional.id",
                        "x")
                .entrySet()) {
            assertThatThrownBy(() -> settings(
                            Map.of("kafka.bootstrap-servers", "broker:9092", weakened.getKey(), weakened.getValue())))
                    .hasStackTraceContaining(weakened.getKey())
                    .hasStackTraceContaining("refused");
        }
        KafkaSettings kafka = settings(Map.of("kafka.bootstrap-servers", "broker:9092", "kafka.client.acks", "all"));
        assertThat(kafka.transactionalProducerConfig("relay"))
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true);
    }

    @Test
    void aMinimumOfInSyncReplicasAboveTheReplicationFactorIsRefused() {
        assertThatThrownBy(() -> settings(Map.of(
                        "kafka.bootstrap-servers",
                        "broker:9092",
                        "kafka.topic.replication-factor",
                        2,
                        "kafka.topic.min-insync-replicas",
                        3)))
                .hasStackTraceContaining("kafka.topic.min-insync-replicas");
    }

    private static KafkaSettings settings(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            return context.getBean(KafkaSettings.class);
        }
    }
}
