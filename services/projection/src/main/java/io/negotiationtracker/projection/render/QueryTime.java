package io.negotiationtracker.projection.render;

import io.negotiationtracker.events.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The time axes of a query: asOf (a world date) and knownAt, read on one of two knowledge axes: recorded (what the
 * tracker had recorded by that instant) or published ({@code publishedAxis}: what the sources had published by that
 * day, whenever it was recorded, so a history imported today still answers "what had been published by 7 July").
 */
public record QueryTime(LocalDate asOf, Instant knownAt, boolean publishedAxis) {
    public static final QueryTime NOW = new QueryTime(null, null, false);

    /** Neither axis is cut: the query asks for the present. */
    public boolean isNow() {
        return asOf == null && knownAt == null;
    }

    /** The day the views stand on: days left, deadlines passed and tariffs in force as of asOf, else as of today. */
    public LocalDate day(LocalDate today) {
        return asOf != null ? asOf : today;
    }

    /** The recording instant the store cuts at; none on the publication axis, which is cut by {@link #cut} instead. */
    public Instant recordedBy() {
        return publishedAxis ? null : knownAt;
    }

    /** The last day of the publication axis that counts: knownAt's day in UTC. */
    public LocalDate knownByDay() {
        return LocalDate.ofInstant(knownAt, ZoneOffset.UTC);
    }

    /** The events (already cut by asOf and {@link #recordedBy}) this query sees: on the publication axis, those known by then. */
    public List<EventEnvelope> cut(List<EventEnvelope> events) {
        if (!publishedAxis) return events;
        LocalDate knownBy = knownByDay();
        return events.stream().filter(e -> !e.knownOn().isAfter(knownBy)).toList();
    }
}
