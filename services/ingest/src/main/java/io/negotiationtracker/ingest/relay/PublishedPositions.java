package io.negotiationtracker.ingest.relay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The last position already on each partition, read from the tail of the topic. After a failure the relay cannot know
 * whether its last sends landed; it skips what the topic already holds, so a retry never publishes an event twice.
 */
final class PublishedPositions {
    private PublishedPositions() {}

    static Map<Integer, Long> read(Map<String, Object> kafkaConfig, String topic, int partitions) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        config.put("enable.auto.commit", "false");
        config.put("isolation.level", "read_committed");
        Map<Integer, Long> last = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> tps = new java.util.ArrayList<>();
            for (int p = 0; p < partitions; p++) tps.add(new TopicPartition(topic, p));
            consumer.assign(tps);
            Map<TopicPartition, Long> ends = consumer.endOffsets(tps, Duration.ofSeconds(10));
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(tps, Duration.ofSeconds(10));
            int pending = 0;
            for (TopicPartition tp : tps) {
                long end = ends.get(tp);
                if (end > begins.get(tp)) {
                    consumer.seek(tp, end - 1);
                    pending++;
                } else {
                    consumer.pause(List.of(tp));
                }
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (last.size() < pending && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    last.merge(r.partition(), CloudEventHeaders.position(r.headers()), Math::max);
                }
            }
            if (last.size() < pending) throw new IllegalStateException("could not read the tail of " + topic);
        }
        return last;
    }
}
