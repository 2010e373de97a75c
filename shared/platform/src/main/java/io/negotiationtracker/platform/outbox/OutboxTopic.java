package io.negotiationtracker.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;

/**
 * The topic a relay publishes to: created if missing with {@code partitions} and {@code configs}; each record carries
 * its row's position in {@code positionHeader}, which the restart rule reads back from each partition's tail.
 */
public record OutboxTopic(String name, int partitions, Map<String, String> configs, String positionHeader) {
    public OutboxTopic {
        configs = Map.copyOf(configs);
    }

    /** The partition of a key: murmur2, as Kafka's default partitioner, computed here so the restart rule knows it too. */
    public static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
