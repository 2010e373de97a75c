package io.negotiationtracker.ingest.relay;

import org.apache.kafka.clients.producer.ProducerRecord;

/** A stored event as a record of the event topic: keyed by negotiation id, the envelope JSON as value, CloudEvents headers. */
final class EventRecords {
    /** The header that carries the store position; the relay's restart rule reads it back from the topic. */
    static final String POSITION_HEADER = "ce_position";

    private EventRecords() {}

    static ProducerRecord<String, String> of(String topic, int partition, StoredRow row) {
        var record = new ProducerRecord<>(topic, partition, row.negotiationId(), row.envelope());
        CloudEventHeaders.write(record.headers(), row);
        return record;
    }
}
