package io.negotiationtracker.notifier.outbox;

import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertView;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Utils;

/** An alert as a record of negotiation.alerts.v1: keyed by negotiation id, JSON value, CloudEvents binary-mode headers. */
final class AlertRecords {
    static final String SEQ_HEADER = "alert_seq";

    private AlertRecords() {}

    static int partition(String negotiationId, int partitions) {
        return Utils.toPositive(Utils.murmur2(negotiationId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static ProducerRecord<String, String> of(String topic, int partitions, AlertView a, EventCodec codec) {
        var record = new ProducerRecord<>(topic, partition(a.negotiationId(), partitions), a.negotiationId(), codec.write(a));
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

    static long seq(Headers headers) {
        var h = headers.lastHeader(SEQ_HEADER);
        return h == null ? 0 : Long.parseLong(new String(h.value(), StandardCharsets.UTF_8));
    }

    private static void add(Headers h, String key, String value) {
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
