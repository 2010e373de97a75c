package io.negotiationtracker.events;

import java.util.List;

/**
 * A deadline enters the record. v1 gives {@code kind}; v2 gives {@code deadlineClass} (legal, target, milestone), the
 * {@code owner} party of a target, and the measures a legal date {@code governs} (when a pause ends, the suspended rate
 * applies). A v1 event without a class reads as the class its kind stands for ({@link #effectiveClass()}).
 */
public record DeadlineSet(
        String deadlineId,
        String title,
        WorldDate dueOn,
        DeadlineKind kind,
        String summary,
        DeadlineClass deadlineClass,
        String owner,
        List<String> governs)
        implements NegotiationEvent {
    public DeadlineSet {
        deadlineId = Require.slug(deadlineId, "deadlineId");
        title = Require.text(title, "title");
        dueOn = Require.present(dueOn, "dueOn");
        kind = kind == null && deadlineClass == null ? DeadlineKind.HARD : kind;
        if (kind != null && deadlineClass != null && kind.deadlineClass() != deadlineClass)
            throw new InvalidEventException(
                    "deadlineClass",
                    "is " + deadlineClass.name().toLowerCase() + " but kind "
                            + kind.name().toLowerCase() + " means "
                            + kind.deadlineClass().name().toLowerCase() + ": give one of them");
        summary = Require.optionalText(summary, "summary");
        owner = Require.optionalText(owner, "owner");
        if (deadlineClass == DeadlineClass.TARGET && owner == null)
            throw new InvalidEventException("owner", "is required for a target: the party whose aim it is, e.g. JP");
        governs = governs == null || governs.isEmpty() ? null : Require.slugs(governs, "governs");
    }

    /** A v1 deadline. */
    public DeadlineSet(String deadlineId, String title, WorldDate dueOn, DeadlineKind kind, String summary) {
        this(deadlineId, title, dueOn, kind, summary, null, null, null);
    }

    /** A v2 deadline. */
    public static DeadlineSet of(
            String deadlineId,
            String title,
            WorldDate dueOn,
            DeadlineClass deadlineClass,
            String owner,
            List<String> governs,
            String summary) {
        return new DeadlineSet(deadlineId, title, dueOn, null, summary, deadlineClass, owner, governs);
    }

    public DeadlineClass effectiveClass() {
        return deadlineClass != null ? deadlineClass : kind.deadlineClass();
    }

    public List<String> governedMeasures() {
        return governs == null ? List.of() : governs;
    }
}
