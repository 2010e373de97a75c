package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.DeadlineChangeKind;
import io.negotiationtracker.events.WorldDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a deadline: the date it had from one change to the next. {@code revision} counts the moves before it
 * (0 for the date it was set with); {@code endedBy} is the change that replaced it (null for the current version).
 */
public record DeadlineVersion(
        WorldDate dueOn, boolean cancelled, int revision, DeadlineChange startedBy, DeadlineChange endedBy) {

    /** Every version in the order of the deadline's history; the last is the current one. */
    public static List<DeadlineVersion> of(Deadline d) {
        List<DeadlineVersion> versions = new ArrayList<>();
        WorldDate due = null;
        boolean cancelled = false;
        DeadlineChange started = null;
        int revision = 0;
        for (DeadlineChange c : d.history()) {
            switch (c.kind()) {
                case SIGNALLED -> {}
                case SET -> {
                    if (started == null) {
                        due = c.to();
                        started = c;
                    }
                }
                case EXTENDED, ADVANCED, REINSTATED, CANCELLED -> {
                    if (started != null) versions.add(new DeadlineVersion(due, cancelled, revision, started, c));
                    revision++;
                    cancelled = c.kind() == DeadlineChangeKind.CANCELLED;
                    due = cancelled ? null : c.to();
                    started = c;
                }
            }
        }
        if (started != null) versions.add(new DeadlineVersion(due, cancelled, revision, started, null));
        return versions;
    }

    /** The revision the deadline had once the history entry at {@code index} was applied. */
    public static int revisionAt(Deadline d, int index) {
        int revision = 0;
        for (int i = 0; i <= index; i++) {
            DeadlineChangeKind k = d.history().get(i).kind();
            if (k != DeadlineChangeKind.SET && k != DeadlineChangeKind.SIGNALLED) revision++;
        }
        return revision;
    }

    public boolean current() {
        return endedBy == null;
    }
}
