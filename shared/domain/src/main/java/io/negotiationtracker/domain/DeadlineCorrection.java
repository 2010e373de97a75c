package io.negotiationtracker.domain;

import io.negotiationtracker.events.WorldDate;
import java.util.Optional;

/**
 * What a correction did to one deadline, told as the change an event would have made: the deadline folded before the
 * correction against the deadline folded after it. A corrected date moves it (extended or advanced, by the same rule
 * as a {@code DeadlineChanged}), a retracted setting cancels it, a retracted cancellation reinstates it, a corrected id
 * sets it. The answer is the deadline with that change last in its history, so the alert rules ({@code
 * AlertRules.forChange}) say which alert it raises: a correction needs no alert rule of its own.
 */
public final class DeadlineCorrection {
    private DeadlineCorrection() {}

    /**
     * @param before the deadline before the correction (null: it did not exist)
     * @param after  the deadline after it (null: the correction took it away)
     * @param note   why, e.g. "corrected: the date was 10 July"
     * @param ref    the correction
     * @return the deadline with the correction's change appended; empty when its date and standing did not change
     */
    public static Optional<Deadline> of(Deadline before, Deadline after, String note, EventRef ref) {
        if (after == null)
            return before == null || before.cancelled()
                    ? Optional.empty()
                    : Optional.of(before.with(
                            null, true, change(DeadlineChangeKind.CANCELLED, before.dueOn(), null, note, ref)));
        if (after.cancelled())
            return before == null || before.cancelled()
                    ? Optional.empty()
                    : Optional.of(after.with(
                            null, true, change(DeadlineChangeKind.CANCELLED, before.dueOn(), null, note, ref)));
        WorldDate due = after.dueOn();
        if (due == null) return Optional.empty();
        if (before == null)
            return Optional.of(after.with(due, false, change(DeadlineChangeKind.SET, null, due, note, ref)));
        if (before.cancelled())
            return Optional.of(
                    after.with(due, false, change(DeadlineChangeKind.REINSTATED, before.lastDueOn(), due, note, ref)));
        if (before.dueOn() == null || before.dueOn().equals(due)) return Optional.empty();
        return Optional.of(after.with(
                due, false, change(DeadlineChangeKind.move(before.dueOn(), due), before.dueOn(), due, note, ref)));
    }

    private static DeadlineChange change(
            DeadlineChangeKind kind, WorldDate from, WorldDate to, String note, EventRef ref) {
        return new DeadlineChange(kind, from, to, note, ref);
    }
}
