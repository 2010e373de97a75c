package io.negotiationtracker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored and published: the fact ({@code data}) with its identity, its place in the negotiation's stream
 * ({@code version}) and in the global order ({@code position}), and its two time axes: when it happened in the world
 * ({@code occurredOn}) and when the tracker learned it ({@code recordedAt}).
 */
public record EventEnvelope(UUID eventId, String negotiationId, String type, long version, long position,
                            WorldDate occurredOn, Instant recordedAt, Source source, Confidence confidence,
                            NegotiationEvent data) {
    public EventEnvelope {
        Require.present(eventId, "eventId");
        negotiationId = Require.slug(negotiationId, "negotiationId");
        Require.present(occurredOn, "occurredOn");
        Require.present(source, "source");
        Require.present(confidence, "confidence");
        Require.present(data, "data");
        if (!EventTypes.nameOf(data).equals(type)) throw new InvalidEventException("type", "does not match data");
    }
}
