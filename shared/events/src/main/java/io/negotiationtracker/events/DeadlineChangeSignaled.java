package io.negotiationtracker.events;

/** An official hints that a deadline may move; proposedDueOn is optional. A signal, not a change. */
public record DeadlineChangeSignaled(
        String deadlineId, SignalDirection direction, WorldDate proposedDueOn, String summary)
        implements NegotiationEvent {
    public DeadlineChangeSignaled {
        deadlineId = Require.slug(deadlineId, "deadlineId");
        direction = direction == null ? SignalDirection.UNCERTAIN : direction;
        summary = Require.text(summary, "summary");
    }
}
