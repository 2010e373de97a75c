package io.negotiationtracker.notifier.topics;

import io.micronaut.core.order.Ordered;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.alerts.AlertSubject;
import io.negotiationtracker.notifier.alerts.AlertFanOut;
import io.negotiationtracker.notifier.alerts.NewAlert;
import io.negotiationtracker.notifier.history.FoldedNegotiations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Narrows a new alert's webhook deliveries to the subscriptions whose interest (policy and topic filter) wants it. It
 * runs after the webhook store queued a delivery for every subscription of the alert's negotiation and kind, in the
 * alert's own transaction, and takes back the deliveries the interest does not want before anything can see them.
 */
@Singleton
public class TopicFanOut implements AlertFanOut, Ordered {
    private final FoldedNegotiations folded;

    public TopicFanOut(FoldedNegotiations folded) {
        this.folded = folded;
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void recorded(Connection c, long seq, NewAlert alert) throws SQLException {
        List<UUID> unwanted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select d.subscription_id, t.policy, t.filters from notifier.webhook_deliveries d "
                        + "join notifier.subscription_topics t on t.subscription_id = d.subscription_id where d.alert_seq = ?")) {
            ps.setLong(1, seq);
            AlertSubject subject = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (subject == null) subject = subject(c, alert);
                    var interest = TopicStore.read(rs.getString(2), rs.getString(3));
                    if (!interest.wants(subject, alert.kind(), alert.horizonDays()))
                        unwanted.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (unwanted.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(
                "delete from notifier.webhook_deliveries where alert_seq = ? and subscription_id = any(?) and attempts = 0")) {
            ps.setLong(1, seq);
            ps.setArray(2, c.createArrayOf("uuid", unwanted.toArray()));
            ps.executeUpdate();
        }
    }

    private AlertSubject subject(Connection c, NewAlert alert) throws SQLException {
        NegotiationState s = folded.latest(c, alert.negotiationId());
        return AlertSubject.of(s, alert.deadlineId());
    }
}
