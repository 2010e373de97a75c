package io.negotiationtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.PublisherDeposed;
import io.negotiationtracker.platform.kafka.Topics;
import io.negotiationtracker.platform.kafka.TransactionalPublisher;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The broker, not the deposed leader's good will, stops it: once a new publisher of the relay's id starts, the old one cannot publish. */
class PublisherFencingTest {
    @Test
    void anOlderPublisherOfTheSameTransactionalIdCannotPublishOnceANewerOneStarted() {
        String topic = TestInfrastructure.newTopicName("fencing");
        KafkaSettings kafka = new KafkaSettings(TestInfrastructure.kafkaBootstrapServers());
        Topics.ensure(kafka, topic, 1, Map.of());
        String id = "relay-under-test:" + topic;
        try (TransactionalPublisher deposed = TransactionalPublisher.open(kafka, id)) {
            deposed.publish(List.of(new ProducerRecord<>(topic, 0, "k", "from the first leader")));
            try (TransactionalPublisher leader = TransactionalPublisher.open(kafka, id)) {
                assertThatThrownBy(() -> deposed.publish(
                                List.of(new ProducerRecord<>(topic, 0, "k", "from the deposed leader"))))
                        .isInstanceOf(PublisherDeposed.class);
                leader.publish(List.of(new ProducerRecord<>(topic, 0, "k", "from the new leader")));
            }
        }
        var values =
                TopicReader.readAll(TestInfrastructure.kafkaBootstrapServers(), topic, 2, Duration.ofSeconds(20))
                        .stream()
                        .map(r -> r.value())
                        .toList();
        assertThat(values).containsExactly("from the first leader", "from the new leader");
    }
}
