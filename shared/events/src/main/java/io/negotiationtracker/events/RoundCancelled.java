package io.negotiationtracker.events;

public record RoundCancelled(String roundId, String reason) implements NegotiationEvent {
    public RoundCancelled {
        roundId = Require.slug(roundId, "roundId");
        reason = Require.optionalText(reason, "reason");
    }
}
