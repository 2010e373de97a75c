package io.negotiationtracker.platform.kafka;

/** Where a record's event stands in its negotiation, as far as it could be read: kept with a dead letter. */
public record EventLocation(String negotiationId, long version, long position) {}
