package io.negotiationtracker.events;

import java.util.UUID;

/** An event a writer submits: everything but what the store assigns (version, position, recordedAt). */
public record ProposedEvent(UUID eventId, String type, WorldDate occurredOn, Source source, Confidence confidence,
                            NegotiationEvent data) {
    public ProposedEvent {
        Require.present(eventId, "eventId");
        Require.present(occurredOn, "occurredOn");
        Require.present(source, "source");
        confidence = confidence == null ? Confidence.CONFIRMED : confidence;
        Require.present(data, "data");
        type = EventTypes.nameOf(data);
    }

    public ProposedEvent(UUID eventId, WorldDate occurredOn, Source source, Confidence confidence, NegotiationEvent data) {
        this(eventId, null, occurredOn, source, confidence, data);
    }

    public EventEnvelope stored(String negotiationId, long version, long position, java.time.Instant recordedAt) {
        return new EventEnvelope(eventId, negotiationId, type, version, position, occurredOn, recordedAt, source, confidence, data);
    }
}
