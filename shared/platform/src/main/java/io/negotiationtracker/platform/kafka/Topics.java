package io.negotiationtracker.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the relays (events, alerts) need of a topic: that it exists, and what its tail already holds. */
public final class Topics {
    private Topics() {}

    /**
     * Creates the topic if missing, with the replication factor and {@code min.insync.replicas} of {@code kafka.topic.*}
     * and the given configs, and returns its partition count. Its record size limit is always explicit:
     * {@code max.message.bytes} from the configs, else {@code kafka.topic.max-message-bytes}. A topic that exists is
     * left as it is (an operator may have created it with other settings on purpose); one with fewer replicas than
     * {@code kafka.topic.replication-factor} is reported ({@link TopicReplication}: a WARN line and a {@code /health}
     * detail), neither deleted nor recreated.
     */
    public static int ensure(KafkaSettings kafka, String topic, int partitions, Map<String, String> configs) {
        Map<String, String> withLimits = new HashMap<>(configs);
        withLimits.putIfAbsent("max.message.bytes", Integer.toString(kafka.topicMaxMessageBytes()));
        withLimits.putIfAbsent(
                "min.insync.replicas", Integer.toString(kafka.topic().minInsyncReplicas()));
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            try {
                NewTopic created =
                        new NewTopic(topic, partitions, kafka.topic().replicationFactor()).configs(withLimits);
                admin.createTopics(List.of(created)).all().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException))
                    throw new IllegalStateException("cannot create " + topic, e.getCause());
            }
            TopicDescription described = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(15, TimeUnit.SECONDS)
                    .get(topic);
            TopicReplication.check(described, kafka.topic().replicationFactor());
            return described.partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka is not reachable: " + e.getMessage(), e);
        }
    }

    /** A topic's effective config value (its own, or the broker's default it inherits). */
    public static String config(Map<String, Object> clientConfig, String topic, String name) {
        try (Admin admin = Admin.create(clientConfig)) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(15, TimeUnit.SECONDS)
                    .get(resource)
                    .get(name);
            return entry == null ? null : entry.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the config of " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * The value (read from each last record's headers) of the last committed record on every non-empty partition. After
     * a failure a relay cannot know whether its last batch landed; it skips what the topic already holds, so nothing is
     * published twice. Read as read_committed: records of aborted transactions do not count, and the tail of a
     * transactional topic ends with commit markers, so each partition is read backwards in growing windows until a
     * committed record is found (or the partition holds none).
     */
    public static Map<Integer, Long> lastOnEachPartition(
            Map<String, Object> clientConfig, String topic, int partitions, ToLongFunction<Headers> valueOf) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        config.put("enable.auto.commit", "false");
        config.put("isolation.level", "read_committed");
        Map<Integer, Long> last = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            for (int p = 0; p < partitions; p++) {
                TopicPartition tp = new TopicPartition(topic, p);
                consumer.assign(List.of(tp));
                long end =
                        consumer.endOffsets(List.of(tp), Duration.ofSeconds(10)).get(tp);
                long begin = consumer.beginningOffsets(List.of(tp), Duration.ofSeconds(10))
                        .get(tp);
                for (long window = 64; end > begin; window *= 8) {
                    long from = Math.max(begin, end - window);
                    Long found = lastCommitted(consumer, tp, from, end, valueOf, topic);
                    if (found != null) {
                        last.put(p, found);
                        break;
                    }
                    if (from == begin) break;
                }
            }
        }
        return last;
    }

    private static Long lastCommitted(
            KafkaConsumer<String, String> consumer,
            TopicPartition tp,
            long from,
            long end,
            ToLongFunction<Headers> valueOf,
            String topic) {
        consumer.seek(tp, from);
        Long found = null;
        long deadline = System.currentTimeMillis() + 15_000;
        while (consumer.position(tp) < end) {
            if (System.currentTimeMillis() > deadline)
                throw new IllegalStateException("could not read the tail of " + topic);
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < end)
                    found = found == null
                            ? valueOf.applyAsLong(r.headers())
                            : Math.max(found, valueOf.applyAsLong(r.headers()));
            }
        }
        return found;
    }
}
