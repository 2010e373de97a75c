package io.negotiationtracker.events;

/** A measure is lifted (v2) from effectiveOn (the day the event occurred when absent). */
public record TariffLifted(String measureId, WorldDate effectiveOn, String reason) implements NegotiationEvent {
    public TariffLifted {
        measureId = Require.slug(measureId, "measureId");
        reason = Require.optionalText(reason, "reason");
    }
}
