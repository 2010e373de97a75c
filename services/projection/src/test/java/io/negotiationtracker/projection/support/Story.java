package io.negotiationtracker.projection.support;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds a negotiation's events as ingest would have stored them: versions from 1, global positions strictly increasing. */
public final class Story {
    private static final AtomicLong POSITIONS = new AtomicLong();
    public static final Source REUTERS =
            new Source("https://www.reuters.com/example", "Reuters", "US-Japan talks", LocalDate.of(2025, 6, 16));
    public static final Source NHK = new Source(null, "NHK", "Akazawa in Washington", LocalDate.of(2025, 5, 2));

    private final String negotiationId;
    private long version;

    public Story(String negotiationId) {
        this.negotiationId = negotiationId;
    }

    /** An event that occurred on {@code occurredOn} and was recorded at noon (UTC) that day. */
    public EventEnvelope on(String occurredOn, NegotiationEvent data) {
        WorldDate when = WorldDate.parse(occurredOn);
        return recorded(occurredOn, when.earliest().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), data, REUTERS);
    }

    public EventEnvelope recorded(String occurredOn, Instant recordedAt, NegotiationEvent data, Source source) {
        return new EventEnvelope(
                UUID.randomUUID(),
                negotiationId,
                EventTypes.nameOf(data),
                ++version,
                POSITIONS.incrementAndGet(),
                WorldDate.parse(occurredOn),
                recordedAt,
                source,
                Confidence.CONFIRMED,
                data);
    }

    /** The next global position, for events built elsewhere (e.g. {@link Seed}) into the same strictly increasing order. */
    public static long nextPosition() {
        return POSITIONS.incrementAndGet();
    }

    public String negotiationId() {
        return negotiationId;
    }
}
