package io.negotiationtracker.events;

/**
 * The v1 meaning of a deadline (a hard cut-off, the date something takes effect, or a target), kept so that every
 * stored v1 event stays readable; v2 writes {@link DeadlineClass}. On the wire in lower case.
 */
public enum DeadlineKind {
    HARD,
    EFFECTIVE_DATE,
    TARGET;

    /** The v2 class a v1 kind stands for: a hard cut-off and an effective date are legal dates; a target stays a target. */
    public DeadlineClass deadlineClass() {
        return switch (this) {
            case HARD, EFFECTIVE_DATE -> DeadlineClass.LEGAL;
            case TARGET -> DeadlineClass.TARGET;
        };
    }
}
