package io.negotiationtracker.domain;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a piece of state comes from: the event, when it happened, when it was recorded, when the world learned it, and
 * the sources that say so (the first is the primary one).
 */
public record EventRef(
        UUID eventId,
        long version,
        long position,
        WorldDate occurredOn,
        Instant recordedAt,
        LocalDate knownOn,
        List<Source> sources,
        Confidence confidence) {
    public EventRef {
        sources = List.copyOf(sources);
    }

    public static EventRef of(EventEnvelope e) {
        return new EventRef(
                e.eventId(),
                e.version(),
                e.position(),
                e.occurredOn(),
                e.recordedAt(),
                e.knownOn(),
                e.sources(),
                e.confidence());
    }

    public Source source() {
        return sources.get(0);
    }
}
