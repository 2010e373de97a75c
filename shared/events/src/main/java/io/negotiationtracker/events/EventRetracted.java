package io.negotiationtracker.events;

import java.util.UUID;

/**
 * An earlier event is taken back (v2): the report was denied, the meeting never took place. From the retraction on,
 * no view, alert or export counts the event; the timeline shows it struck through.
 */
public record EventRetracted(UUID eventId, String reason) implements Correction {
    public EventRetracted {
        Require.present(eventId, "eventId");
        reason = Require.text(reason, "reason");
    }
}
