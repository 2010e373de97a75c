package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.WorldDate;
import java.util.UUID;

/**
 * An alert the rules say is due. Its {@link #key()} (negotiation, deadline, revision, due date, kind, horizon, and the
 * signal's event for a signal) identifies it: the live notifier records each key once, the backtest lists it once. A
 * deadline moved back to an earlier date is a new revision, so it alerts again.
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

    /** The one key formula, shared by the live notifier's records and the backtest, so both name an alert alike. */
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
                kind == AlertKind.CHANGE_SIGNALLED ? String.valueOf(eventId) : "-");
    }
}
