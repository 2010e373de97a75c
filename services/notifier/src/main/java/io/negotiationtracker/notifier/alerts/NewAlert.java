package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.domain.alerts.DueAlert;
import io.negotiationtracker.events.WorldDate;
import java.util.UUID;

/**
 * An alert to record. Its key (negotiation, deadline, revision, due date, kind, horizon, and the signal's event for
 * signals) makes it unique: replays and concurrent instances cannot record it twice, and a deadline moved back to an
 * earlier date is a new revision, so it alerts again.
 */
public record NewAlert(
        String negotiationId,
        String deadlineId,
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
        return DueAlert.keyOf(negotiationId, deadlineId, revision, dueOn, kind, horizonDays, eventId);
    }
}
