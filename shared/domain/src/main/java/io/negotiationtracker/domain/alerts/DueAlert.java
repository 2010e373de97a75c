package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.WorldDate;
import java.util.UUID;

/**
 * An alert the rules say is due. Its {@link #key()} (negotiation, deadline, revision, due date, kind, horizon, and the
 * event that raised it, "-" for an alert the day raised) identifies it: the live notifier records each key once, the
 * backtest lists it once. A deadline moved back to an earlier date is a new revision, so it alerts again. An alert an
 * event raised carries that event in its key: a correction folds the past again, so revisions no longer count every
 * move, and a later change of the same kind to the same date (after a retracted setting or move) would otherwise
 * share the key of an alert already recorded and be dropped.
 */
public record DueAlert(
        String negotiationId,
        String deadlineId,
        DeadlineClass deadlineClass,
        AlertKind kind,
        WorldDate dueOn,
        WorldDate previousDueOn,
        Integer horizonDays,
        int revision,
        String title,
        String message,
        Boolean agreementBefore,
        UUID eventId) {
    public String key() {
        return keyOf(negotiationId, deadlineId, revision, dueOn, kind, horizonDays, eventId);
    }

    /**
     * The one key formula, shared by the live notifier's records and the backtest, so both name an alert alike. Time
     * alerts (no event) keep the form they had; alerts raised by an event end with its id.
     */
    public static String keyOf(
            String negotiationId,
            String deadlineId,
            int revision,
            WorldDate dueOn,
            AlertKind kind,
            Integer horizonDays,
            UUID eventId) {
        return String.join(
                "|",
                negotiationId,
                deadlineId,
                "r" + revision,
                String.valueOf(dueOn),
                kind.name(),
                horizonDays == null ? "-" : horizonDays.toString(),
                eventId == null ? "-" : eventId.toString());
    }
}
