package io.negotiationtracker.notifier.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The last alert seq already on each partition, read from the tail of the topic. Alerts go to a partition in seq
 * order, so after a failure the relay skips every alert at or below its partition's tail: a send whose acknowledgement
 * was lost is not published twice.
 */
final class PublishedSeqs {
    private PublishedSeqs() {}

    static Map<Integer, Long> read(Map<String, Object> kafkaConfig, String topic, int partitions) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        config.put("enable.auto.commit", "false");
        config.put("isolation.level", "read_committed");
        Map<Integer, Long> last = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> tps = new ArrayList<>();
            for (int p = 0; p < partitions; p++) tps.add(new TopicPartition(topic, p));
            consumer.assign(tps);
            Map<TopicPartition, Long> ends = consumer.endOffsets(tps, Duration.ofSeconds(10));
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(tps, Duration.ofSeconds(10));
            int pending = 0;
            for (TopicPartition tp : tps) {
                if (ends.get(tp) > begins.get(tp)) {
                    consumer.seek(tp, ends.get(tp) - 1);
                    pending++;
                } else {
                    consumer.pause(List.of(tp));
                }
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (last.size() < pending && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    last.merge(r.partition(), AlertRecords.seq(r.headers()), Math::max);
                }
            }
            if (last.size() < pending) throw new IllegalStateException("could not read the tail of " + topic);
        }
        return last;
    }
}
