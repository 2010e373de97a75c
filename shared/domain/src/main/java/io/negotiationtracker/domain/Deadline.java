package io.negotiationtracker.domain;

import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.WorldDate;
import java.util.ArrayList;
import java.util.List;

/** A deadline with every version it had. dueOn is null once cancelled; lastDueOn keeps the date it had then. */
public record Deadline(String deadlineId, String title, DeadlineKind kind, WorldDate dueOn, WorldDate lastDueOn,
                       boolean cancelled, List<DeadlineChange> history) {
    public Deadline {
        history = List.copyOf(history);
    }

    Deadline with(WorldDate newDue, boolean nowCancelled, DeadlineChange change) {
        List<DeadlineChange> h = new ArrayList<>(history);
        h.add(change);
        WorldDate last = nowCancelled ? (dueOn != null ? dueOn : lastDueOn) : newDue;
        return new Deadline(deadlineId, title, kind, nowCancelled ? null : newDue, last, nowCancelled, h);
    }

    /** The number of times the date itself moved (set and signals excluded): a calendar SEQUENCE. */
    public int revision() {
        return (int) history.stream().filter(c -> c.kind() != DeadlineChangeKind.SET && c.kind() != DeadlineChangeKind.SIGNALLED).count();
    }

    public List<DeadlineChange> signals() {
        return history.stream().filter(c -> c.kind() == DeadlineChangeKind.SIGNALLED).toList();
    }
}
