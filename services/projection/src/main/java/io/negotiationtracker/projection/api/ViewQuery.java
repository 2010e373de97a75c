package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The parameters every view of one negotiation takes, bound once ({@code @RequestBean}): the negotiation, the time
 * axes (asOf, knownAt, knowledge) and a position to wait for (minPosition, or the header X-Min-Position).
 */
@Introspected
public record ViewQuery(
        @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
        String negotiationId,

        @Parameter(description = "world date, e.g. 2025-06-17") @Nullable @QueryValue
        String asOf,

        @Parameter(description = "recording instant, e.g. 2025-06-17T12:00:00Z (or a day on the published axis)")
        @Nullable
        @QueryValue
        String knownAt,

        @Parameter(description = "knowledge axis of knownAt: recorded (default) or published") @Nullable @QueryValue
        String knowledge,

        @Parameter(description = "wait (up to 5 s, else 503) until the views include this position")
        @Nullable
        @QueryValue
        Long minPosition,

        @Parameter(description = "as minPosition, as a header") @Nullable @Header("X-Min-Position")
        Long minHeader) {
    /** Read-your-writes: such a read must not be answered by a copy older than the position it waited for. */
    boolean waitsForPosition() {
        return minPosition != null || minHeader != null;
    }
}
