package io.negotiationtracker.platform.outbox;

import java.time.Instant;

/**
 * The relay stopped on a row it cannot publish (retrying cannot help: too large for the broker, refused...). It
 * publishes nothing after it, so order and completeness hold, and says so loudly (an ERROR log, the
 * {@code <prefix>.stalled.position} gauge, readiness). It clears once the row is published.
 */
public record OutboxStall(long position, String id, String key, String reason, Instant since) {}
