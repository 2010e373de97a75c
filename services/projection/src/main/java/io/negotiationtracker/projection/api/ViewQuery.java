package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The parameters every view of one negotiation takes, bound once ({@code @RequestBean}): the negotiation, the time
 * axes (asOf, knownAt, knowledge) and a position to wait for (minPosition, or the header X-Min-Position).
 */
@Introspected
public record ViewQuery(
        @PathVariable String negotiationId,
        @Nullable @QueryValue String asOf,
        @Nullable @QueryValue String knownAt,
        @Nullable @QueryValue String knowledge,
        @Nullable @QueryValue Long minPosition,
        @Nullable @Header("X-Min-Position") Long minHeader) {
    /** Read-your-writes: such a read must not be answered by a copy older than the position it waited for. */
    boolean waitsForPosition() {
        return minPosition != null || minHeader != null;
    }
}
