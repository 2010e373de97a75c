package io.negotiationtracker.projection.store;

import java.time.LocalDate;

/** What is stored for one negotiation; {@link #isCurrent} tells whether its rendering can be served for {@code today}. */
public record StatusRow(String negotiationId, String status, String summary, LocalDate computedFor, long statusPosition, long lastPosition) {
    public boolean isCurrent(LocalDate today) {
        return status != null && statusPosition >= lastPosition && today.equals(computedFor);
    }
}
