package io.negotiationtracker.projection.api;

import io.micronaut.http.HttpStatus;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.progress.AppliedPositions;
import jakarta.inject.Singleton;
import java.util.Map;

/** Waits, within a bound, until the serving views include a position ingest acknowledged (minPosition or X-Min-Position). */
@Singleton
class ReadYourWrites {
    static final long MAX_WAIT_MS = 5_000;

    private final AppliedPositions applied;

    ReadYourWrites(AppliedPositions applied) {
        this.applied = applied;
    }

    void await(Long minPosition, Long minHeader) {
        Long wanted = minPosition != null ? minPosition : minHeader;
        if (wanted == null) return;
        if (wanted < 0)
            throw ProblemException.badRequest("minPosition", "minPosition must not be negative, not " + wanted);
        try {
            if (!applied.awaitAtLeast(wanted, MAX_WAIT_MS))
                throw new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "the views have not reached position " + wanted + " within " + MAX_WAIT_MS + " ms; retry",
                        "minPosition",
                        Map.of("appliedPosition", applied.current()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "interrupted while waiting for position " + wanted,
                    "minPosition",
                    null);
        }
    }
}
