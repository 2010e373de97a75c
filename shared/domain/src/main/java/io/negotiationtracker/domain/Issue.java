package io.negotiationtracker.domain;

import io.negotiationtracker.events.IssueOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue on the table: who raised it, whether it is named as blocking a deal, each party's positions over time (the
 * last one is the party's current position), and how it closed.
 */
public record Issue(
        String issueId,
        String title,
        String raisedBy,
        String summary,
        EventRef opened,
        IssueOutcome outcome,
        String closingSummary,
        EventRef closed,
        boolean blocking,
        String blockingNote,
        List<Position> positions) {
    public Issue {
        positions = List.copyOf(positions);
    }

    static Issue open(String issueId, String title, String raisedBy, String summary, EventRef ref) {
        return new Issue(issueId, title, raisedBy, summary, ref, null, null, null, false, null, List.of());
    }

    public boolean isOpen() {
        return closed == null;
    }

    Issue close(IssueOutcome outcome, String summary, EventRef ref) {
        return new Issue(
                issueId,
                title,
                raisedBy,
                this.summary,
                opened,
                outcome,
                summary,
                ref,
                blocking,
                blockingNote,
                positions);
    }

    Issue describedBy(String title, String raisedBy, String summary, EventRef ref) {
        return new Issue(
                issueId,
                title,
                raisedBy,
                summary,
                ref,
                outcome,
                closingSummary,
                closed,
                blocking,
                blockingNote,
                positions);
    }

    Issue markedBlocking(boolean blocking, String note) {
        return new Issue(
                issueId, title, raisedBy, summary, opened, outcome, closingSummary, closed, blocking, note, positions);
    }

    Issue withPosition(Position p) {
        List<Position> all = new ArrayList<>(positions);
        all.add(p);
        all.sort(java.util.Comparator.comparing((Position x) -> x.ref().occurredOn())
                .thenComparingLong(x -> x.ref().version()));
        return new Issue(
                issueId,
                title,
                raisedBy,
                summary,
                opened,
                outcome,
                closingSummary,
                closed,
                blocking,
                blockingNote,
                all);
    }

    /** Each party's latest position, in the order parties first took one. */
    public Map<String, Position> currentPositions() {
        Map<String, Position> current = new LinkedHashMap<>();
        for (Position p : positions) current.put(p.party(), p);
        return current;
    }
}
