package io.negotiationtracker.events;

/** A deadline moved (dueOn set) or was cancelled (cancelled true, no dueOn). previousDueOn names the date it replaces. */
public record DeadlineChanged(
        String deadlineId, WorldDate previousDueOn, WorldDate dueOn, boolean cancelled, String reason)
        implements NegotiationEvent {
    public DeadlineChanged {
        deadlineId = Require.slug(deadlineId, "deadlineId");
        previousDueOn = Require.present(previousDueOn, "previousDueOn");
        if (cancelled && dueOn != null)
            throw new InvalidEventException("dueOn", "must be absent when the deadline is cancelled");
        if (!cancelled && dueOn == null)
            throw new InvalidEventException("dueOn", "is required unless cancelled is true");
        if (!cancelled && dueOn.equals(previousDueOn))
            throw new InvalidEventException("dueOn", "is the same as previousDueOn: nothing changed");
        reason = Require.optionalText(reason, "reason");
    }
}
