package io.negotiationtracker.ingest.append;

import io.negotiationtracker.events.EventEnvelope;

/** A row to insert: the event with its version and position, and the digest a later retry of it is compared with. */
public record NewEvent(EventEnvelope envelope, String digest) {}
