package io.negotiationtracker.notifier.topics;

import io.negotiationtracker.domain.alerts.AlertInterest;
import io.negotiationtracker.notifier.webhooks.NewSubscription;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Subscriptions with what they follow: the webhook subscription and its policy and topic filter, written in one transaction. */
@Singleton
public class TopicStore {
    private final DataSource dataSource;
    private final Clock clock;

    public TopicStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Creates the subscription (as the webhook store does) and its interest together; returns its id. */
    public UUID create(NewSubscription s, AlertInterest interest) {
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into notifier.subscriptions (id, url, negotiation_id, kinds, secret, description, "
                            + "created_at) values (?,?,?,?,?,?,?)")) {
                ps.setObject(1, id);
                ps.setString(2, s.url());
                ps.setString(3, s.negotiationId());
                ps.setArray(
                        4,
                        s.kinds() == null
                                ? null
                                : c.createArrayOf("text", s.kinds().toArray()));
                ps.setString(5, s.secret());
                ps.setString(6, s.description());
                ps.setTimestamp(7, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into notifier.subscription_topics (subscription_id, policy, filters) values (?,?,?)")) {
                ps.setObject(1, id);
                ps.setString(2, TopicJson.policy(interest.policy()).toString());
                ps.setString(3, TopicJson.filter(interest.filter()).toString());
                ps.executeUpdate();
            }
            return id;
        });
    }

    /** The interest of a subscription; empty for one created before policies (it receives every alert its negotiation and kinds allow). */
    public Optional<AlertInterest> interest(UUID subscriptionId) {
        return Transactions.read(dataSource, c -> interest(c, subscriptionId));
    }

    Optional<AlertInterest> interest(Connection c, UUID subscriptionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select policy, filters from notifier.subscription_topics where subscription_id = ?")) {
            ps.setObject(1, subscriptionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    static AlertInterest read(String policy, String filters) {
        return new AlertInterest(TopicJson.policy(TopicJson.parse(policy)), TopicJson.filter(TopicJson.parse(filters)));
    }
}
