package io.negotiationtracker.domain;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.TargetOutcome;
import io.negotiationtracker.events.WorldDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline with every version it had. dueOn is null once cancelled; lastDueOn keeps the date it had then.
 * {@code deadlineClass} says what kind of date it is (legal, target, milestone); a target has an {@code owner} and may
 * be {@code settled} (met or missed, by an event); a legal date may name the measures it {@code governs}.
 */
public record Deadline(
        String deadlineId,
        String title,
        DeadlineClass deadlineClass,
        DeadlineKind kind,
        String owner,
        List<String> governs,
        String summary,
        WorldDate dueOn,
        WorldDate lastDueOn,
        boolean cancelled,
        List<DeadlineChange> history,
        Settlement settled) {

    /** How a target ended, and the event that says so. */
    public record Settlement(TargetOutcome outcome, String note, EventRef ref) {}

    public Deadline {
        governs = List.copyOf(governs);
        history = List.copyOf(history);
    }

    /** A deadline known only from changes that sort before its setting (world-date order): a placeholder. */
    static Deadline placeholder(String id, WorldDate assumedDue) {
        return new Deadline(
                id,
                id,
                DeadlineClass.LEGAL,
                null,
                null,
                List.of(),
                null,
                assumedDue,
                assumedDue,
                false,
                List.of(),
                null);
    }

    Deadline with(WorldDate newDue, boolean nowCancelled, DeadlineChange change) {
        List<DeadlineChange> h = new ArrayList<>(history);
        h.add(change);
        WorldDate last = nowCancelled ? (dueOn != null ? dueOn : lastDueOn) : newDue;
        return new Deadline(
                deadlineId,
                title,
                deadlineClass,
                kind,
                owner,
                governs,
                summary,
                nowCancelled ? null : newDue,
                last,
                nowCancelled,
                h,
                settled);
    }

    Deadline settledBy(Settlement settlement) {
        return new Deadline(
                deadlineId,
                title,
                deadlineClass,
                kind,
                owner,
                governs,
                summary,
                dueOn,
                lastDueOn,
                cancelled,
                history,
                settlement);
    }

    public boolean isTarget() {
        return deadlineClass == DeadlineClass.TARGET;
    }

    /** The number of times the date itself moved (set and signals excluded): a calendar SEQUENCE. */
    public int revision() {
        return (int) history.stream()
                .filter(c -> c.kind() != DeadlineChangeKind.SET && c.kind() != DeadlineChangeKind.SIGNALLED)
                .count();
    }

    public List<DeadlineChange> signals() {
        return history.stream()
                .filter(c -> c.kind() == DeadlineChangeKind.SIGNALLED)
                .toList();
    }

    /** The signals made after the date last moved: hints still open. */
    public List<DeadlineChange> openSignals() {
        List<DeadlineChange> open = new ArrayList<>();
        for (DeadlineChange c : history) {
            if (c.kind() == DeadlineChangeKind.SIGNALLED) open.add(c);
            else if (c.kind() != DeadlineChangeKind.SET) open.clear();
        }
        return open;
    }
}
