package io.negotiationtracker.notifier.email;

import io.negotiationtracker.domain.alerts.AlertInterest;
import io.negotiationtracker.notifier.topics.TopicJson;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Email subscriptions and their deliveries: claimed with a lease (SKIP LOCKED), then delivered, rescheduled or dead. */
@Singleton
public class EmailStore {
    private static final String COLUMNS = "id, address, negotiation_id, policy, filters, description, created_at";

    private final DataSource dataSource;
    private final Clock clock;

    public EmailStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public record Due(long id, UUID subscriptionId, long alertSeq, int attempt, String address) {}

    public EmailSubscription create(String address, String negotiationId, AlertInterest interest, String description) {
        UUID id = UUID.randomUUID();
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into notifier.email_subscriptions (id, address, negotiation_id, policy, filters, "
                            + "description, created_at) values (?,?,?,?,?,?,?)")) {
                ps.setObject(1, id);
                ps.setString(2, address);
                ps.setString(3, negotiationId);
                ps.setString(4, TopicJson.policy(interest.policy()).toString());
                ps.setString(5, TopicJson.filter(interest.filter()).toString());
                ps.setString(6, description);
                ps.setTimestamp(7, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
        return find(id).orElseThrow();
    }

    public Optional<EmailSubscription> find(UUID id) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select " + COLUMNS + " from notifier.email_subscriptions where id = ? and deleted_at is null")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The live subscriptions that may want an alert of this negotiation. */
    List<EmailSubscription> candidates(Connection c, String negotiationId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select " + COLUMNS + " from notifier.email_subscriptions where deleted_at is null "
                        + "and (negotiation_id is null or negotiation_id = ?)")) {
            ps.setString(1, negotiationId);
            List<EmailSubscription> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        }
    }

    void queue(Connection c, UUID subscriptionId, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.email_deliveries (subscription_id, alert_seq, status, next_attempt_at) "
                        + "values (?, ?, 'pending', now()) on conflict do nothing")) {
            ps.setObject(1, subscriptionId);
            ps.setLong(2, seq);
            ps.executeUpdate();
        }
    }

    public boolean delete(UUID id) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.email_subscriptions set deleted_at = now() where id = ? and deleted_at is null")) {
                ps.setObject(1, id);
                if (ps.executeUpdate() == 0) return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.email_deliveries set status = 'cancelled', finished_at = now(), lease_until = null "
                            + "where subscription_id = ? and status = 'pending'")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** Claims up to {@code limit} due deliveries for one attempt each. */
    List<Due> claim(int limit, Duration lease) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("with due as (select id from notifier.email_deliveries where status = 'pending' "
                            + "and next_attempt_at <= now() and (lease_until is null or lease_until < now()) order by next_attempt_at, id limit ? for update skip locked) "
                            + "update notifier.email_deliveries d set attempts = d.attempts + 1, lease_until = now() + make_interval(secs => ?) "
                            + "from due, notifier.email_subscriptions s where d.id = due.id and s.id = d.subscription_id "
                            + "returning d.id, d.subscription_id, d.alert_seq, d.attempts, s.address")) {
                ps.setInt(1, limit);
                ps.setDouble(2, lease.toMillis() / 1000.0);
                List<Due> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new Due(
                                rs.getLong(1),
                                rs.getObject(2, UUID.class),
                                rs.getLong(3),
                                rs.getInt(4),
                                rs.getString(5)));
                }
                return out;
            }
        });
    }

    void delivered(long id) {
        finish(
                id,
                "update notifier.email_deliveries set status = 'delivered', finished_at = now(), lease_until = null, last_error = null where id = ?",
                null);
    }

    /** A failed attempt: tried again after {@code retryIn}, or dead when it was the last. */
    void failed(long id, String error, boolean last, Duration retryIn) {
        if (last) {
            finish(
                    id,
                    "update notifier.email_deliveries set status = 'dead', finished_at = now(), lease_until = null, last_error = ? where id = ?",
                    error);
            return;
        }
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("update notifier.email_deliveries set lease_until = null, last_error = ?, "
                            + "next_attempt_at = now() + make_interval(secs => ?) where id = ?")) {
                ps.setString(1, error);
                ps.setDouble(2, retryIn.toMillis() / 1000.0);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Map<String, Object>> deliveries(UUID subscriptionId, String status) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, alert_seq, status, attempts, last_error, created_at, finished_at from notifier.email_deliveries "
                            + "where subscription_id = ? and (?::text is null or status = ?) order by id")) {
                ps.setObject(1, subscriptionId);
                ps.setString(2, status);
                ps.setString(3, status);
                List<Map<String, Object>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("id", rs.getLong(1));
                        d.put("alertSeq", rs.getLong(2));
                        d.put("status", rs.getString(3));
                        d.put("attempts", rs.getInt(4));
                        if (rs.getString(5) != null) d.put("lastError", rs.getString(5));
                        d.put("createdAt", rs.getTimestamp(6).toInstant().toString());
                        if (rs.getTimestamp(7) != null)
                            d.put("finishedAt", rs.getTimestamp(7).toInstant().toString());
                        out.add(d);
                    }
                }
                return out;
            }
        });
    }

    private void finish(long id, String sql, String error) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (error != null) {
                    ps.setString(1, error);
                    ps.setLong(2, id);
                } else {
                    ps.setLong(1, id);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static EmailSubscription row(ResultSet rs) throws SQLException {
        AlertInterest interest = new AlertInterest(
                TopicJson.policy(TopicJson.parse(rs.getString(4))), TopicJson.filter(TopicJson.parse(rs.getString(5))));
        return new EmailSubscription(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                interest,
                rs.getString(6),
                rs.getTimestamp(7).toInstant().toString());
    }
}
