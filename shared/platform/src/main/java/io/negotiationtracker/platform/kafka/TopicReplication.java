package io.negotiationtracker.platform.kafka;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics this process found with fewer replicas than {@code kafka.topic.replication-factor} asks for: created
 * earlier (by hand, by a broker's auto-creation, or before the setting was raised) and left as they are, since only an
 * operator may reassign partitions. Each is logged once at WARN when found and shown by {@link TopicReplicationHealth}.
 */
public final class TopicReplication {
    private static final Logger LOG = LoggerFactory.getLogger(TopicReplication.class);
    private static final Map<String, Integer> BELOW = new ConcurrentHashMap<>();

    private TopicReplication() {}

    /** Compares what the topic has (its smallest replica set) with what is configured; reports a shortfall. */
    static void check(TopicDescription topic, int configured) {
        int replicas =
                topic.partitions().stream().mapToInt(p -> replicasOf(p)).min().orElse(configured);
        if (replicas >= configured) {
            BELOW.remove(topic.name());
            return;
        }
        if (BELOW.put(topic.name(), replicas) == null)
            LOG.warn(
                    "topic {} has replication factor {}, below kafka.topic.replication-factor {}: an acknowledged "
                            + "record on it may be lost with one broker; it is left as it is (raise it with "
                            + "kafka-reassign-partitions)",
                    topic.name(),
                    replicas,
                    configured);
    }

    private static int replicasOf(TopicPartitionInfo partition) {
        return partition.replicas().size();
    }

    /** Each topic found below the configured replication factor, with the replication factor it has. */
    public static Map<String, Integer> belowConfigured() {
        return new TreeMap<>(BELOW);
    }
}
