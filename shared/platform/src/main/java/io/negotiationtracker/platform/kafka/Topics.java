package io.negotiationtracker.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the relays (events, alerts) need of a topic: that it exists, and what its tail already holds. */
public final class Topics {
    private Topics() {}

    /** Creates the topic if missing (single replica, the given configs) and returns its partition count. */
    public static int ensure(Map<String, Object> clientConfig, String topic, int partitions, Map<String, String> configs) {
        try (Admin admin = Admin.create(clientConfig)) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(configs))).all().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) throw new IllegalStateException("cannot create " + topic, e.getCause());
            }
            return admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS).get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka is not reachable: " + e.getMessage(), e);
        }
    }

    /**
     * The value (read from each last record's headers) of the last record on every non-empty partition. After a failure
     * a relay cannot know whether its last sends landed; it skips what the topic already holds, so nothing is published twice.
     */
    public static Map<Integer, Long> lastOnEachPartition(Map<String, Object> clientConfig, String topic, int partitions,
                                                         ToLongFunction<Headers> valueOf) {
        Map<String, Object> config = new HashMap<>(clientConfig);
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
                    last.merge(r.partition(), valueOf.applyAsLong(r.headers()), Math::max);
                }
            }
            if (last.size() < pending) throw new IllegalStateException("could not read the tail of " + topic);
        }
        return last;
    }
}
