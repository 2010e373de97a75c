package io.negotiationtracker.ingest.relay;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attributes as ce_ headers, the envelope JSON as the value. */
final class CloudEventHeaders {
    private CloudEventHeaders() {}

    static void write(Headers h, StoredRow row) {
        put(h, "ce_specversion", "1.0");
        put(h, "ce_id", row.eventId());
        put(h, "ce_source", "/negotiations/" + row.negotiationId());
        put(h, "ce_type", "io.negotiationtracker.v1." + row.type());
        put(h, "ce_subject", row.negotiationId());
        put(h, "ce_time", row.recordedAt());
        put(h, EventRecords.POSITION_HEADER, Long.toString(row.position()));
        put(h, "ce_streamversion", Long.toString(row.version()));
        put(h, "ce_dataschemaversion", Integer.toString(schemaVersion(row.envelope())));
        put(h, "content-type", "application/json");
    }

    /**
     * The contract version of the envelope as stored: 2 when it carries {@code "schemaVersion":2}, else 1 (written before
     * v2; consumers read it through the codec's upcasters). The ce_type keeps its v1 prefix: the type names are stable.
     */
    static int schemaVersion(String envelope) {
        java.util.regex.Matcher m = SCHEMA_VERSION.matcher(envelope);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static final java.util.regex.Pattern SCHEMA_VERSION =
            java.util.regex.Pattern.compile("\"schemaVersion\"\\s*:\\s*(\\d+)");

    private static void put(Headers h, String key, String value) {
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
