package io.negotiationtracker.projection.support;

import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads every record of a dead-letter topic from the beginning, with its dlq_source header. */
public final class DeadLetterTopic {
    public record Letter(String key, String source, String reason, String position) {}

    private DeadLetterTopic() {}

    /** All records now on the topic (empty if it does not exist yet). */
    public static List<Letter> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        "bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(), "enable.auto.commit", "false"),
                new StringDeserializer(),
                new StringDeserializer())) {
            var infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
            if (infos == null) return List.of();
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Letter> out = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200)))
                    out.add(new Letter(
                            r.key(),
                            header(r, "dlq_source"),
                            header(r, "dlq_reason"),
                            header(r, "dlq_event_position")));
            }
            return out;
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
