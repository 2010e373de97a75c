package io.negotiationtracker.ingest.relay;

import io.negotiationtracker.platform.outbox.OutboxRow;
import java.nio.charset.StandardCharsets;

/** An event as the relay reads it from the store: enough to route and label it, and its envelope JSON. */
record StoredRow(
        long position,
        String eventId,
        String negotiationId,
        String type,
        long version,
        String recordedAt,
        String envelope)
        implements OutboxRow {
    @Override
    public String key() {
        return negotiationId;
    }

    @Override
    public String id() {
        return eventId;
    }

    /** "position N (event ..., negotiation ..., B bytes)": the size says whether raising the record limits would help. */
    @Override
    public String describe() {
        return "position " + position + " (event " + eventId + ", negotiation " + negotiationId + ", "
                + envelope.getBytes(StandardCharsets.UTF_8).length + " bytes)";
    }
}
