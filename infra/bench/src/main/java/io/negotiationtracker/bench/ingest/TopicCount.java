package io.negotiationtracker.bench.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records a topic holds (sum of end offsets): when it reaches the stored count, the relay has caught up. */
final class TopicCount {
    private final Admin admin;
    private final String topic;

    TopicCount(String bootstrap, String topic) {
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
        this.topic = topic;
    }

    long count() throws Exception {
        var names = admin.listTopics().names().get();
        if (!names.contains(topic)) return 0;
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    long awaitAtLeast(long expected, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        long n;
        while ((n = count()) < expected) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the topic holds " + n + " records, expected " + expected);
            Thread.sleep(20);
        }
        return n;
    }
}
