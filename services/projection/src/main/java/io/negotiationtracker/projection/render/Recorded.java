package io.negotiationtracker.projection.render;

import io.negotiationtracker.domain.Amendments;
import io.negotiationtracker.events.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every event a query time sees as recorded, corrections and what they took back included, in world order, with what
 * later corrections did to each: the timeline shows them all and strikes a retracted or corrected event through.
 */
public record Recorded(List<EventEnvelope> events, Map<UUID, Amendments> amendments) {
    public Recorded {
        events = List.copyOf(events);
        amendments = Map.copyOf(amendments);
    }
}
