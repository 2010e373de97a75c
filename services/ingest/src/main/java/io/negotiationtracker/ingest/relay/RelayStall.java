package io.negotiationtracker.ingest.relay;

import java.time.Instant;

/**
 * The relay stopped on an event it cannot publish (retrying cannot help: too large for the broker, refused...). It
 * publishes nothing after it, so order and completeness hold, and says so loudly: readiness DOWN with this in details,
 * the {@code ingest.relay.stalled.position} gauge, an ERROR log. It clears once the event is published.
 */
public record RelayStall(long position, String eventId, String negotiationId, String reason, Instant since) {}
