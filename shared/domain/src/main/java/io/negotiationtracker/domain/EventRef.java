package io.negotiationtracker.domain;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.util.UUID;

/** Where a piece of state comes from: the event, when it happened, when it was learned, and the source that says so. */
public record EventRef(UUID eventId, long version, long position, WorldDate occurredOn, Instant recordedAt, Source source,
                       Confidence confidence) {
    public static EventRef of(EventEnvelope e) {
        return new EventRef(e.eventId(), e.version(), e.position(), e.occurredOn(), e.recordedAt(), e.source(), e.confidence());
    }
}
