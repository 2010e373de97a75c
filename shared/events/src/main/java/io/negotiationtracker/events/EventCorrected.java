package io.negotiationtracker.events;

import java.util.UUID;

/**
 * An earlier event is replaced by a corrected copy (v2): "the date was 10 July, not 9 July". The copy has the earlier
 * event's type ({@code eventType}) and place in the stream; {@code occurredOn}, when given, corrects when it happened.
 * A corrected deadline moves as a change would, with this event's reason.
 */
public record EventCorrected(
        UUID eventId, String eventType, WorldDate occurredOn, NegotiationEvent corrected, String reason)
        implements Correction {
    public EventCorrected {
        Require.present(eventId, "eventId");
        String name = Require.text(eventType, "eventType");
        Class<? extends NegotiationEvent> type = EventTypes.classOf(name)
                .orElseThrow(() -> new InvalidEventException("eventType", "unknown event type '" + name + "'"));
        eventType = name;
        if (Correction.class.isAssignableFrom(type))
            throw new InvalidEventException("eventType", "a correction corrects a fact, not another correction");
        Require.present(corrected, "corrected");
        if (!type.isInstance(corrected)) throw new InvalidEventException("corrected", "is not a " + eventType);
        reason = Require.text(reason, "reason");
    }
}
