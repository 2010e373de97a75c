package io.negotiationtracker.notifier.outbox;

import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertView;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/** An alert as a record of negotiation.alerts.v1: keyed by negotiation id, JSON value, CloudEvents binary-mode headers. */
final class AlertRecords {
    /** The header that carries the alert's seq; the relay's restart rule reads it back from the topic. */
    static final String SEQ_HEADER = "alert_seq";

    private AlertRecords() {}

    static ProducerRecord<String, String> of(String topic, int partition, AlertView a, EventCodec codec) {
        var record = new ProducerRecord<>(topic, partition, a.negotiationId(), codec.write(a));
        Headers h = record.headers();
        add(h, "ce_specversion", "1.0");
        add(h, "ce_id", "alert-" + a.seq());
        add(h, "ce_source", "/negotiation-tracker/notifier");
        add(h, "ce_type", "io.negotiationtracker.alert." + a.kind());
        add(h, "ce_subject", a.negotiationId() + "/" + a.deadlineId());
        add(h, "ce_time", a.createdAt());
        add(h, "content-type", "application/json");
        add(h, SEQ_HEADER, Long.toString(a.seq()));
        return record;
    }

    private static void add(Headers h, String key, String value) {
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
