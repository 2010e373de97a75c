package io.negotiationtracker.projection.render;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;

/**
 * A negotiation's folded state with what it includes: events up to {@code lastPosition}, the last of them in world
 * order having the key ({@code lastDay}, {@code lastVersion}). The key tells whether a new event can simply be
 * evolved onto the state or arrived late and needs a re-fold.
 */
public record Folded(NegotiationState state, long lastPosition, LocalDate lastDay, long lastVersion) {
    /** Whether {@code e} comes after everything folded here in world order (first possible day, then version). */
    public boolean precedes(EventEnvelope e) {
        int c = lastDay.compareTo(e.occurredOn().earliest());
        return c < 0 || (c == 0 && lastVersion < e.version());
    }
}
