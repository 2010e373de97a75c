package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.DeadlineChangeKind;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Deadlines with their full history (set, extended, advanced, cancelled, reinstated, signalled) and where they stand on
 * {@code today}. A deadline of month or year precision ("by July") is passed only after its last possible day; its
 * daysLeft counts to its first possible day (the cautious reading) and daysLeftAtMost to its last.
 */
public final class DeadlinesView {
    private DeadlinesView() {}

    public record Deadline(String deadlineId, String title, String kind, String dueOn, boolean exactDay, String state, Long daysLeft,
                           Long daysLeftAtMost, int revision, boolean changeSignalled, String lastDueOn, List<Change> history) {}

    public record Change(String kind, String from, String to, String occurredOn, String recordedAt, String note, String confidence,
                         String publisher) {}

    public record Next(String deadlineId, String title, String kind, String dueOn, boolean exactDay, long daysLeft, long daysLeftAtMost,
                       boolean changeSignalled, int revision) {}

    public static List<Deadline> all(NegotiationState s, LocalDate today) {
        return s.deadlines().values().stream().map(d -> view(d, today)).toList();
    }

    public static Next next(NegotiationState s, LocalDate today) {
        return s.deadlines().values().stream()
                .filter(d -> !d.cancelled() && d.dueOn() != null && !passed(d.dueOn(), today))
                .min(Comparator.comparing(io.negotiationtracker.domain.Deadline::dueOn))
                .map(d -> new Next(d.deadlineId(), d.title(), Names.lower(d.kind()), d.dueOn().toString(), d.dueOn().isExactDay(),
                        daysLeft(d.dueOn(), today), ChronoUnit.DAYS.between(today, d.dueOn().latest()), signalled(d), d.revision()))
                .orElse(null);
    }

    private static Deadline view(io.negotiationtracker.domain.Deadline d, LocalDate today) {
        WorldDate due = d.dueOn();
        String state = d.cancelled() ? "cancelled" : due == null ? "unknown" : passed(due, today) ? "passed" : "upcoming";
        boolean upcoming = state.equals("upcoming");
        return new Deadline(d.deadlineId(), d.title(), Names.lower(d.kind()), Names.text(due), due != null && due.isExactDay(), state,
                upcoming ? daysLeft(due, today) : null, upcoming ? ChronoUnit.DAYS.between(today, due.latest()) : null, d.revision(),
                signalled(d), Names.text(d.lastDueOn()), d.history().stream().map(DeadlinesView::change).toList());
    }

    private static Change change(DeadlineChange c) {
        return new Change(Names.lower(c.kind()), Names.text(c.from()), Names.text(c.to()), c.ref().occurredOn().toString(),
                c.ref().recordedAt().toString(), c.note(), Names.lower(c.ref().confidence()), c.ref().source().publisher());
    }

    static boolean passed(WorldDate due, LocalDate today) {
        return due.latest().isBefore(today);
    }

    private static long daysLeft(WorldDate due, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, due.earliest()));
    }

    /** True when an official hinted at a move after the deadline last moved (the hint is still open). */
    private static boolean signalled(io.negotiationtracker.domain.Deadline d) {
        List<DeadlineChange> h = d.history();
        return !h.isEmpty() && h.get(h.size() - 1).kind() == DeadlineChangeKind.SIGNALLED;
    }
}
