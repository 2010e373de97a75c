package io.negotiationtracker.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The restart rule through {@link OutboxRelay}, on a real broker and database: a batch that reached the topic while its
 * checkpoint was lost (the database failed right after the commit) is published neither again by the relay's next
 * term nor by a relay started afresh on the same outbox; everything after it is published once, each key in order.
 */
class OutboxRelayRestartTest {
    static final KafkaSettings KAFKA = new KafkaSettings(TestInfrastructure.kafkaBootstrapServers());

    @Test
    void aBatchOnTheTopicWhoseCheckpointWasLostIsNotPublishedAgainByTheNextTerm() {
        String topic = TestInfrastructure.newTopicName("outbox-term");
        TableOutbox outbox = new TableOutbox("outbox_term");
        outbox.store(1, 20);
        outbox.failCheckpoints(2);
        try (OutboxRelay<TableOutbox.Row> relay = relay(topic, outbox)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.lag() == 0);
            assertThat(relay.failures())
                    .as("the lost checkpoints ended two terms")
                    .isGreaterThanOrEqualTo(2);
            outbox.store(21, 30);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 0);
        }
        assertOnTopicOnceInOrder(topic, 30);
    }

    @Test
    void aRelayStartedAfreshSkipsWhatTheTopicAlreadyHoldsAndPublishesTheRest() {
        String topic = TestInfrastructure.newTopicName("outbox-restart");
        TableOutbox first = new TableOutbox("outbox_restart");
        first.store(1, 10);
        first.forgetCheckpoints();
        try (OutboxRelay<TableOutbox.Row> relay = relay(topic, first)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.lag() == 0);
        }
        assertOnTopicOnceInOrder(topic, 10);
        assertThat(first.checkpoint()).as("nothing was ever checkpointed").isZero();

        TableOutbox second = first.sameOutbox();
        second.store(11, 15);
        try (OutboxRelay<TableOutbox.Row> relay = relay(topic, second)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.lag() == 0);
        }
        assertOnTopicOnceInOrder(topic, 15);
    }

    private static OutboxRelay<TableOutbox.Row> relay(String topic, TableOutbox outbox) {
        var settings = new RelaySettings(
                "relay-" + topic,
                "relay-" + topic,
                "relay:" + topic,
                new OutboxTopic(topic, 3, Map.of(), TableOutbox.POSITION_HEADER),
                "test.relay",
                false,
                LoggerFactory.getLogger(OutboxRelayRestartTest.class));
        return new OutboxRelay<>(outbox.dataSource, KAFKA, new SimpleMeterRegistry(), settings, outbox);
    }

    private static void assertOnTopicOnceInOrder(String topic, long rows) {
        List<long[]> onTopic = positions(topic);
        assertThat(onTopic.stream().map(p -> p[1]).sorted().toList())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, rows).boxed().toList());
        onTopic.stream()
                .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toList())))
                .values()
                .forEach(perPartition -> assertThat(perPartition).isSorted());
    }

    /** [partition, position] of every committed record, in each partition's order. */
    private static List<long[]> positions(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(
                Map.of(
                        "bootstrap.servers",
                        TestInfrastructure.kafkaBootstrapServers(),
                        "isolation.level",
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<long[]> out = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200)))
                    out.add(new long[] {
                        r.partition(),
                        Long.parseLong(new String(
                                r.headers()
                                        .lastHeader(TableOutbox.POSITION_HEADER)
                                        .value(),
                                StandardCharsets.UTF_8))
                    });
            }
            return out;
        }
    }
}
