package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.alerts.AlertRules;
import io.negotiationtracker.domain.alerts.AlertsRaised;
import io.negotiationtracker.domain.alerts.DueAlert;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The notifier's side of the shared alert rules ({@link AlertRules} in the domain, which the backtest calls too): the
 * alert an event raises for the deadline it changed, the alerts a day raises, as alerts to record. No clock, no I/O.
 */
public final class DeadlinePolicy {
    private DeadlinePolicy() {}

    /** The alert the event {@code eventId} raised on deadline {@code deadlineId} of the folded state, if it changed it. */
    public static Optional<NewAlert> changedBy(NegotiationState s, String deadlineId, UUID eventId) {
        return AlertRules.raisedBy(s, deadlineId, eventId).map(DeadlinePolicy::toNew);
    }

    /** The alerts recording {@code event} raised, from the negotiation before and after it: a correction as the change it made. */
    public static List<NewAlert> raised(NegotiationState before, NegotiationState after, EventEnvelope event) {
        return AlertsRaised.by(before, after, event).stream()
                .map(DeadlinePolicy::toNew)
                .toList();
    }

    /** A deadline whose setting was retracted: tracked as cancelled, one revision on, so the scanner and calendars drop it. */
    public static TrackedDeadline withdrawn(String negotiationId, Deadline before) {
        return new TrackedDeadline(
                negotiationId,
                before.deadlineId(),
                before.title(),
                before.deadlineClass().name().toLowerCase(Locale.ROOT),
                null,
                before.dueOn() != null ? before.dueOn() : before.lastDueOn(),
                true,
                before.revision() + 1);
    }

    /** The alerts {@code today} raises for every deadline's current version. */
    public static List<NewAlert> onDay(NegotiationState s, LocalDate today, List<Integer> horizons) {
        return AlertRules.onDay(s, today, horizons).stream()
                .map(DeadlinePolicy::toNew)
                .toList();
    }

    /** The row the calendar and the scanner read: the deadline's current version. */
    public static TrackedDeadline tracked(String negotiationId, Deadline d) {
        return new TrackedDeadline(
                negotiationId,
                d.deadlineId(),
                d.title(),
                d.deadlineClass().name().toLowerCase(Locale.ROOT),
                d.dueOn(),
                d.lastDueOn(),
                d.cancelled(),
                d.revision());
    }

    static NewAlert toNew(DueAlert a) {
        return new NewAlert(
                a.negotiationId(),
                a.deadlineId(),
                a.kind(),
                a.dueOn(),
                a.previousDueOn(),
                a.horizonDays(),
                a.revision(),
                a.title(),
                a.message(),
                a.agreementBefore(),
                a.eventId());
    }
}
