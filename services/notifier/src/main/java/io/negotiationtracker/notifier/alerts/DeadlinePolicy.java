package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Pure rules: which alert an event raises, and which one the day raises. No clock, no I/O. */
public final class DeadlinePolicy {
    private DeadlinePolicy() {}

    public record Change(TrackedDeadline after, NewAlert alert) {}

    public static Change set(EventEnvelope e, DeadlineSet d) {
        TrackedDeadline t = new TrackedDeadline(e.negotiationId(), d.deadlineId(), d.title(), d.effectiveClass().name().toLowerCase(), d.dueOn(), d.dueOn(), false, 0);
        return new Change(t, new NewAlert(e.negotiationId(), d.deadlineId(), AlertKind.SET, d.dueOn(), null, null, 0, d.title(),
                d.title() + " is set for " + d.dueOn(), null, e.eventId()));
    }

    public static Change changed(EventEnvelope e, TrackedDeadline before, DeadlineChanged c) {
        int revision = before.revision() + 1;
        AlertKind kind = c.cancelled() ? AlertKind.CANCELLED : before.cancelled() ? AlertKind.REINSTATED
                : c.dueOn().compareTo(c.previousDueOn()) > 0 ? AlertKind.EXTENDED : AlertKind.ADVANCED;
        WorldDate last = c.cancelled() ? c.previousDueOn() : c.dueOn();
        TrackedDeadline after = new TrackedDeadline(before.negotiationId(), before.deadlineId(), before.title(), before.kind(),
                c.cancelled() ? null : c.dueOn(), last, c.cancelled(), revision);
        String message = switch (kind) {
            case CANCELLED -> before.title() + " (due " + c.previousDueOn() + ") is cancelled";
            case REINSTATED -> before.title() + " is reinstated for " + c.dueOn();
            case EXTENDED -> before.title() + " moved later: " + c.previousDueOn() + " -> " + c.dueOn();
            default -> before.title() + " moved earlier: " + c.previousDueOn() + " -> " + c.dueOn();
        };
        if (c.reason() != null) message += " (" + c.reason() + ")";
        return new Change(after, new NewAlert(e.negotiationId(), c.deadlineId(), kind, after.dueOn(), c.previousDueOn(), null, revision,
                before.title(), message, null, e.eventId()));
    }

    public static NewAlert signalled(EventEnvelope e, TrackedDeadline d, DeadlineChangeSignaled s) {
        String message = d.title() + " (due " + d.dueOn() + ") may " + switch (s.direction()) {
            case EXTEND -> "be extended";
            case ADVANCE -> "be brought forward";
            case CANCEL -> "be cancelled";
            case UNCERTAIN -> "change";
        } + (s.proposedDueOn() != null ? " to " + s.proposedDueOn() : "") + ": " + s.summary();
        return new NewAlert(e.negotiationId(), d.deadlineId(), AlertKind.CHANGE_SIGNALLED, d.dueOn(), null, null, d.revision(), d.title(),
                message, null, e.eventId());
    }

    /**
     * The alert today raises for a deadline's current version: approaching within the tightest horizon it is in, or
     * passed once its last possible day is over. Horizons are days before the due date, e.g. [7, 1].
     */
    public static Optional<NewAlert> onDay(TrackedDeadline d, LocalDate today, List<Integer> horizons, boolean agreementBefore) {
        if (d.cancelled() || d.dueOn() == null) return Optional.empty();
        if (today.isAfter(d.dueOn().latest())) {
            return Optional.of(new NewAlert(d.negotiationId(), d.deadlineId(), AlertKind.PASSED, d.dueOn(), null, null, d.revision(), d.title(),
                    d.title() + " (" + d.dueOn() + ") has passed " + (agreementBefore ? "after an agreement was reached" : "without an agreement"),
                    agreementBefore, null));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, d.dueOn().earliest());
        return horizons.stream().filter(h -> daysLeft >= 0 && daysLeft <= h).min(Integer::compare)
                .map(h -> new NewAlert(d.negotiationId(), d.deadlineId(), AlertKind.APPROACHING, d.dueOn(), null, h, d.revision(), d.title(),
                        d.title() + " is due " + d.dueOn() + (daysLeft == 0 ? " today" : " in " + daysLeft + (daysLeft == 1 ? " day" : " days")),
                        null, null));
    }
}
