package io.negotiationtracker.events;

/** A target deadline is met or missed (v2), e.g. no interim accord at the summit the aim was set for. */
public record TargetSettled(String deadlineId, TargetOutcome outcome, String summary) implements NegotiationEvent {
    public TargetSettled {
        deadlineId = Require.slug(deadlineId, "deadlineId");
        outcome = Require.present(outcome, "outcome");
        summary = Require.optionalText(summary, "summary");
    }
}
