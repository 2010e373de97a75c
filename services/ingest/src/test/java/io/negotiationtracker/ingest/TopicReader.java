package io.negotiationtracker.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from the beginning, as any subscriber of the event stream must: read_committed (the relay publishes in transactions). */
final class TopicReader {
    private TopicReader() {}

    static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, int expected, Duration within) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "group.id",
                "reader-" + System.nanoTime(),
                "auto.offset.reset",
                "earliest",
                "enable.auto.commit",
                "false",
                "isolation.level",
                "read_committed",
                "key.deserializer",
                StringDeserializer.class.getName(),
                "value.deserializer",
                StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + within.toMillis();
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (var r : consumer.poll(Duration.ofMillis(200))) records.add(r);
                if (records.size() >= expected && quietUntil == Long.MAX_VALUE)
                    quietUntil = System.currentTimeMillis() + 1500;
            }
        }
        return records;
    }
}
