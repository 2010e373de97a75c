package io.negotiationtracker.ingest.relay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;

/**
 * Turns stored rows into Kafka records: keyed by negotiation id on an explicitly computed partition (murmur2, as
 * Kafka's default partitioner), CloudEvents headers. Leaves out what the topic already holds: a row at or below the
 * last position committed on its partition.
 */
final class EventRecords {
    private EventRecords() {}

    static int partition(String negotiationId, int partitions) {
        return Utils.toPositive(Utils.murmur2(negotiationId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The rows still to publish (same order), given the last position each partition's tail holds. */
    static List<StoredRow> notYetOnTopic(List<StoredRow> rows, int partitions, Map<Integer, Long> onTopic) {
        List<StoredRow> left = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            if (row.position() > onTopic.getOrDefault(partition(row.negotiationId(), partitions), 0L)) left.add(row);
        }
        return left;
    }

    static ProducerRecord<String, String> of(String topic, int partitions, StoredRow row) {
        var record = new ProducerRecord<>(topic, partition(row.negotiationId(), partitions), row.negotiationId(), row.envelope());
        CloudEventHeaders.write(record.headers(), row);
        return record;
    }
}
