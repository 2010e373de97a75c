package io.negotiationtracker.domain;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a deadline stands on a given day. Timing: upcoming; due today (an exact date that is today); in its window (a
 * vague date such as "early July" whose days include today); passed; cancelled. A target also has a status: on track,
 * in doubt (an official hinted it may move or fail, after it last moved), met or missed (settled by an event, or
 * missed once its window ended without being met).
 */
public record DeadlineStanding(
        Deadline deadline, Timing timing, TargetStatus targetStatus, Long daysLeft, Long daysLeftAtMost) {

    public enum Timing {
        UPCOMING,
        DUE_TODAY,
        IN_WINDOW,
        PASSED,
        CANCELLED,
        UNKNOWN
    }

    public enum TargetStatus {
        ON_TRACK,
        IN_DOUBT,
        MET,
        MISSED
    }

    public static DeadlineStanding of(Deadline d, LocalDate today) {
        Timing timing = timing(d, today);
        boolean ahead = timing == Timing.UPCOMING || timing == Timing.DUE_TODAY || timing == Timing.IN_WINDOW;
        Long daysLeft =
                ahead ? Math.max(0, ChronoUnit.DAYS.between(today, d.dueOn().earliest())) : null;
        Long atMost = ahead ? ChronoUnit.DAYS.between(today, d.dueOn().latest()) : null;
        return new DeadlineStanding(d, timing, d.isTarget() ? status(d, timing) : null, daysLeft, atMost);
    }

    /** The next legal date from {@code today} on (today included): the headline deadline. Targets and milestones never are. */
    public static Optional<DeadlineStanding> nextLegal(NegotiationState s, LocalDate today) {
        return s.deadlines().values().stream()
                .filter(d -> d.deadlineClass() == DeadlineClass.LEGAL)
                .map(d -> of(d, today))
                .filter(DeadlineStanding::isAhead)
                .min(Comparator.comparing((DeadlineStanding st) -> st.deadline().dueOn()));
    }

    public boolean isAhead() {
        return timing == Timing.UPCOMING || timing == Timing.DUE_TODAY || timing == Timing.IN_WINDOW;
    }

    /** A vague date (month, part of a month, year) is a window, not a single day to count down to. */
    public boolean isWindow() {
        WorldDate due = deadline.dueOn() != null ? deadline.dueOn() : deadline.lastDueOn();
        return due != null && !due.isExactDay();
    }

    private static Timing timing(Deadline d, LocalDate today) {
        if (d.cancelled()) return Timing.CANCELLED;
        WorldDate due = d.dueOn();
        if (due == null) return Timing.UNKNOWN;
        if (due.latest().isBefore(today)) return Timing.PASSED;
        if (due.earliest().isAfter(today)) return Timing.UPCOMING;
        return due.isExactDay() ? Timing.DUE_TODAY : Timing.IN_WINDOW;
    }

    private static TargetStatus status(Deadline d, Timing timing) {
        if (d.settled() != null)
            return switch (d.settled().outcome()) {
                case MET -> TargetStatus.MET;
                case MISSED -> TargetStatus.MISSED;
            };
        if (timing == Timing.PASSED) return TargetStatus.MISSED;
        return d.openSignals().isEmpty() ? TargetStatus.ON_TRACK : TargetStatus.IN_DOUBT;
    }
}
