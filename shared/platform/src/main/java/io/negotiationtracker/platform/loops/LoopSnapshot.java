package io.negotiationtracker.platform.loops;

import java.time.Instant;

/**
 * What one background loop last reported, at one moment. {@code lastFailure} after {@code lastRecovery} (or with no
 * recovery yet) means the loop is failing; {@code stopped} means its thread ended without being closed.
 */
public record LoopSnapshot(
        String name,
        Instant startedAt,
        Instant lastBeat,
        Instant lastFailure,
        String lastError,
        Instant lastRecovery,
        boolean failureFromCrash,
        long failures,
        long restarts,
        boolean stopped) {

    public boolean failing() {
        return lastFailure != null && (lastRecovery == null || lastRecovery.isBefore(lastFailure));
    }
}
