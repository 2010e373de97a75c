package io.negotiationtracker.notifier.support;

import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the alerts topic from the start: the alert seqs on it, in the order of each partition. */
public final class AlertsTopic {
    public record Published(int partition, String key, long seq) {}

    private AlertsTopic() {}

    public static List<Published> readAll(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(
                Map.of(
                        "bootstrap.servers",
                        TestInfrastructure.kafkaBootstrapServers(),
                        "isolation.level",
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> tps = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> ends = consumer.endOffsets(tps);
            List<Published> out = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new Published(
                            r.partition(),
                            r.key(),
                            Long.parseLong(new String(
                                    r.headers().lastHeader("alert_seq").value(), StandardCharsets.UTF_8))));
                }
            }
            return out;
        }
    }
}
