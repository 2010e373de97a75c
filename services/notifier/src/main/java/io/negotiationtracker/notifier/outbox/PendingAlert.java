package io.negotiationtracker.notifier.outbox;

import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.platform.outbox.OutboxRow;

/** An alert as the outbox relay sees it: its seq is its position (gap-free, in commit order), its negotiation its key. */
record PendingAlert(AlertView alert) implements OutboxRow {
    @Override
    public long position() {
        return alert.seq();
    }

    @Override
    public String key() {
        return alert.negotiationId();
    }

    @Override
    public String id() {
        return "alert-" + alert.seq();
    }

    @Override
    public String describe() {
        return "position " + alert.seq() + " (alert seq " + alert.seq() + ", negotiation " + alert.negotiationId()
                + ")";
    }
}
