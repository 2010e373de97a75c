package io.negotiationtracker.ingest.append;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventJson;

/**
 * A row to insert: the event with its version and position, the digest a later retry of it is compared with, and its
 * JSON, from which the stored envelope is put together.
 */
public record NewEvent(EventEnvelope envelope, String digest, EventJson json) {
    /** The envelope as stored. */
    public String envelopeText() {
        return json.envelope(envelope.negotiationId(), envelope.version(), envelope.position(), envelope.recordedAt());
    }
}
