package io.negotiationtracker.platform.outbox;

import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;

/**
 * The restart rule: after any failure the relay cannot know whether its last batch landed, so it reads the last
 * committed position on each partition and leaves out the rows at or below it. Safe because what a partition holds is
 * always a prefix of what was sent to it (see {@link OutboxRelay}): nothing below that position can be missing.
 */
final class TopicTail {
    private final Map<Integer, Long> lastOnPartition;
    private final int partitions;

    private TopicTail(Map<Integer, Long> lastOnPartition, int partitions) {
        this.lastOnPartition = lastOnPartition;
        this.partitions = partitions;
    }

    static TopicTail read(KafkaSettings kafka, OutboxTopic topic, int partitions) {
        return new TopicTail(
                Topics.lastOnEachPartition(kafka.clientConfig(), topic.name(), partitions, headers -> {
                    Header h = headers.lastHeader(topic.positionHeader());
                    return h == null ? 0 : Long.parseLong(new String(h.value(), StandardCharsets.UTF_8));
                }),
                partitions);
    }

    /** The rows still to publish, in the same order. */
    <R extends OutboxRow> List<R> notYetOn(List<R> rows) {
        return rows.stream()
                .filter(r ->
                        r.position() > lastOnPartition.getOrDefault(OutboxTopic.partitionOf(r.key(), partitions), 0L))
                .toList();
    }
}
