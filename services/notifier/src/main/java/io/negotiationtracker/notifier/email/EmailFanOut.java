package io.negotiationtracker.notifier.email;

import io.negotiationtracker.domain.alerts.AlertSubject;
import io.negotiationtracker.notifier.alerts.AlertFanOut;
import io.negotiationtracker.notifier.alerts.NewAlert;
import io.negotiationtracker.notifier.history.FoldedNegotiations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/** Queues an email delivery, in the alert's own transaction, for every email subscription whose interest wants the alert. */
@Singleton
public class EmailFanOut implements AlertFanOut {
    private final EmailStore store;
    private final FoldedNegotiations folded;

    public EmailFanOut(EmailStore store, FoldedNegotiations folded) {
        this.store = store;
        this.folded = folded;
    }

    @Override
    public void recorded(Connection c, long seq, NewAlert alert) throws SQLException {
        var candidates = store.candidates(c, alert.negotiationId());
        if (candidates.isEmpty()) return;
        AlertSubject subject = AlertSubject.of(folded.latest(c, alert.negotiationId()), alert.deadlineId());
        for (EmailSubscription s : candidates)
            if (s.interest().wants(subject, alert.kind(), alert.horizonDays())) store.queue(c, s.id(), seq);
    }
}
