package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.events.WorldDate;
import java.util.UUID;

/**
 * An alert to record. Its key (negotiation, deadline, revision, due date, kind, horizon, and the signal's event for
 * signals) makes it unique: replays and concurrent instances cannot record it twice, and a deadline moved back to an
 * earlier date is a new revision, so it alerts again.
 */
public record NewAlert(String negotiationId, String deadlineId, AlertKind kind, WorldDate dueOn, WorldDate previousDueOn, Integer horizonDays,
                       int revision, String title, String message, Boolean agreementBefore, UUID eventId) {
    public String key() {
        return String.join("|", negotiationId, deadlineId, "r" + revision, String.valueOf(dueOn), kind.name(),
                horizonDays == null ? "-" : horizonDays.toString(), kind == AlertKind.CHANGE_SIGNALLED ? String.valueOf(eventId) : "-");
    }
}
