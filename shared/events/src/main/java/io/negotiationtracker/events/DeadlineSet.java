package io.negotiationtracker.events;

public record DeadlineSet(String deadlineId, String title, WorldDate dueOn, DeadlineKind kind, String summary)
        implements NegotiationEvent {
    public DeadlineSet {
        deadlineId = Require.slug(deadlineId, "deadlineId");
        title = Require.text(title, "title");
        dueOn = Require.present(dueOn, "dueOn");
        kind = kind == null ? DeadlineKind.HARD : kind;
        summary = Require.optionalText(summary, "summary");
    }
}
