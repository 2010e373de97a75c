package io.negotiationtracker.ingest.relay;

/** An event as the relay reads it from the store: enough to route and label it, and its envelope JSON. */
record StoredRow(long position, String eventId, String negotiationId, String type, long version, String recordedAt, String envelope) {}
