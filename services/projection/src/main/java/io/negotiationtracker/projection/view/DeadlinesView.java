package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.DeadlineStanding;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Subject;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Deadlines with their class, full history and where they stand on {@code today} (see {@link DeadlineStanding}). The
 * headline ({@link #next}) is the next legal date: a date on which a measure takes, changes or loses effect. Targets
 * (a party's aim, with its owner, window and status) and milestones (political context) are listed beside it, never
 * instead of it. A deadline of month, part-of-month or year precision has a window; daysLeft counts to its first
 * possible day (the cautious reading) and daysLeftAtMost to its last.
 */
public final class DeadlinesView {
    private DeadlinesView() {}

    public record Deadline(
            String deadlineId,
            String title,
            String deadlineClass,
            String kind,
            String owner,
            List<String> governs,
            String dueOn,
            boolean exactDay,
            Window window,
            String state,
            String targetStatus,
            Long daysLeft,
            Long daysLeftAtMost,
            int revision,
            boolean changeSignalled,
            List<Signal> signals,
            String settledOn,
            String settlementNote,
            String lastDueOn,
            List<Provenance> referencedBy,
            Provenance provenance,
            List<Change> history) {}

    public record Window(String from, String to) {}

    public record Signal(String direction, String proposedDueOn, String note, Provenance provenance) {}

    public record Change(
            String kind,
            String from,
            String to,
            String occurredOn,
            String recordedAt,
            String note,
            String confidence,
            String publisher,
            int sourceCount) {}

    public record Next(
            String deadlineId,
            String title,
            String deadlineClass,
            String kind,
            String dueOn,
            boolean exactDay,
            String state,
            long daysLeft,
            long daysLeftAtMost,
            boolean changeSignalled,
            List<Signal> signals,
            List<String> governs,
            int revision) {}

    public static List<Deadline> all(NegotiationState s, LocalDate today) {
        return s.deadlines().values().stream()
                .map(d -> view(s, DeadlineStanding.of(d, today)))
                .toList();
    }

    /** The deadlines of one class: those still ahead first, then the settled, passed and cancelled ones; each by date. */
    public static List<Deadline> ofClass(NegotiationState s, LocalDate today, DeadlineClass c) {
        return s.deadlines().values().stream()
                .filter(d -> d.deadlineClass() == c)
                .map(d -> DeadlineStanding.of(d, today))
                .sorted(Comparator.comparing((DeadlineStanding st) -> !st.isAhead())
                        .thenComparing(
                                st -> st.deadline().dueOn() != null
                                        ? st.deadline().dueOn()
                                        : st.deadline().lastDueOn(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .map(st -> view(s, st))
                .toList();
    }

    public static Next next(NegotiationState s, LocalDate today) {
        return DeadlineStanding.nextLegal(s, today)
                .map(st -> {
                    var d = st.deadline();
                    return new Next(
                            d.deadlineId(),
                            d.title(),
                            Names.lower(d.deadlineClass()),
                            Names.lower(d.kind()),
                            d.dueOn().toString(),
                            d.dueOn().isExactDay(),
                            state(st),
                            st.daysLeft(),
                            st.daysLeftAtMost(),
                            !d.openSignals().isEmpty(),
                            signals(d),
                            governed(s, d),
                            d.revision());
                })
                .orElse(null);
    }

    private static Deadline view(NegotiationState s, DeadlineStanding st) {
        var d = st.deadline();
        WorldDate due = d.dueOn();
        WorldDate shown = due != null ? due : d.lastDueOn();
        Window window = shown != null && !shown.isExactDay()
                ? new Window(shown.earliest().toString(), shown.latest().toString())
                : null;
        return new Deadline(
                d.deadlineId(),
                d.title(),
                Names.lower(d.deadlineClass()),
                Names.lower(d.kind()),
                d.owner(),
                governed(s, d),
                Names.text(due),
                due != null && due.isExactDay(),
                window,
                state(st),
                Names.lower(st.targetStatus()),
                st.daysLeft(),
                st.daysLeftAtMost(),
                d.revision(),
                !d.openSignals().isEmpty(),
                signals(d),
                d.settled() == null ? null : d.settled().ref().occurredOn().toString(),
                d.settled() == null ? null : d.settled().note(),
                Names.text(d.lastDueOn()),
                s.referencesTo(Subject.deadline(d.deadlineId())).stream()
                        .map(Provenance::of)
                        .toList(),
                d.history().isEmpty() ? null : Provenance.of(d.history().get(0).ref()),
                d.history().stream().map(DeadlinesView::change).toList());
    }

    /** upcoming, due_today, in_window, passed, cancelled or unknown. */
    private static String state(DeadlineStanding st) {
        return Names.lower(st.timing());
    }

    private static List<String> governed(NegotiationState s, io.negotiationtracker.domain.Deadline d) {
        List<String> measures = new java.util.ArrayList<>(d.governs());
        s.tariffs().values().stream()
                .filter(m -> m.steps().stream().anyMatch(step -> d.deadlineId().equals(step.untilDeadlineId())))
                .map(io.negotiationtracker.domain.TariffMeasure::measureId)
                .filter(id -> !measures.contains(id))
                .forEach(measures::add);
        return measures;
    }

    private static List<Signal> signals(io.negotiationtracker.domain.Deadline d) {
        return d.openSignals().stream()
                .map(c -> new Signal(
                        Names.lower(c.direction()),
                        c.to() == null ? null : c.to().toString(),
                        c.note(),
                        Provenance.of(c.ref())))
                .toList();
    }

    private static Change change(DeadlineChange c) {
        return new Change(
                Names.lower(c.kind()),
                Names.text(c.from()),
                Names.text(c.to()),
                c.ref().occurredOn().toString(),
                c.ref().recordedAt().toString(),
                c.note(),
                Names.lower(c.ref().confidence()),
                c.ref().source().publisher(),
                c.ref().sources().size());
    }
}
