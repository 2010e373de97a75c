package io.negotiationtracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An event as stored and published: the fact ({@code data}) with its identity, its place in the negotiation's stream
 * ({@code version}) and in the global order ({@code position}), and three time axes: when it happened in the world
 * ({@code occurredOn}), when the tracker recorded it ({@code recordedAt}), and when the world learned it
 * ({@link #knownOn()}: the earliest publication date among its sources, else the day it was recorded).
 * v2 adds several sources (the first is the primary one, {@link #source()}) and {@code links}.
 */
public record EventEnvelope(
        UUID eventId,
        String negotiationId,
        String type,
        long version,
        long position,
        WorldDate occurredOn,
        Instant recordedAt,
        List<Source> sources,
        Confidence confidence,
        Links links,
        NegotiationEvent data) {
    public EventEnvelope {
        Require.present(eventId, "eventId");
        negotiationId = Require.slug(negotiationId, "negotiationId");
        Require.present(occurredOn, "occurredOn");
        sources = Require.nonEmpty(sources, "sources");
        Require.present(confidence, "confidence");
        links = links == null ? Links.NONE : links;
        Require.present(data, "data");
        if (!EventTypes.nameOf(data).equals(type)) throw new InvalidEventException("type", "does not match data");
    }

    /** A v1 envelope: one source, no links. */
    public EventEnvelope(
            UUID eventId,
            String negotiationId,
            String type,
            long version,
            long position,
            WorldDate occurredOn,
            Instant recordedAt,
            Source source,
            Confidence confidence,
            NegotiationEvent data) {
        this(
                eventId,
                negotiationId,
                type,
                version,
                position,
                occurredOn,
                recordedAt,
                source == null ? null : List.of(source),
                confidence,
                Links.NONE,
                data);
    }

    /** The primary source (the first cited). */
    public Source source() {
        return sources.get(0);
    }

    /** The day the world learned the fact: the earliest first day among the sources' publication dates, else the day it was recorded. */
    public LocalDate knownOn() {
        return sources.stream()
                .map(Source::publishedOn)
                .filter(java.util.Objects::nonNull)
                .map(WorldDate::earliest)
                .min(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(recordedAt, ZoneOffset.UTC));
    }
}
