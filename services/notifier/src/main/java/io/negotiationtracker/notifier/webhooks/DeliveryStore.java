package io.negotiationtracker.notifier.webhooks;

import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertFanOut;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.notifier.alerts.NewAlert;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Webhook deliveries: queued in the alert's own transaction for every matching subscription, claimed for an attempt
 * with a lease (SKIP LOCKED, so several instances share the work and never send the same attempt twice), then marked
 * delivered, rescheduled, or dead. Delivery times use the database's real clock, not the (possibly simulated) service clock.
 */
@Singleton
public class DeliveryStore implements AlertFanOut {
    private final DataSource dataSource;
    private final EventCodec codec;

    public DeliveryStore(DataSource dataSource, EventCodec codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    @Override
    public void recorded(Connection c, long seq, NewAlert alert) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.webhook_deliveries (subscription_id, alert_seq, status, next_attempt_at) "
                        + "select id, ?, 'pending', now() from notifier.subscriptions where deleted_at is null "
                        + "and (negotiation_id is null or negotiation_id = ?) and (kinds is null or ? = any(kinds)) on conflict do nothing")) {
            ps.setLong(1, seq);
            ps.setString(2, alert.negotiationId());
            ps.setString(3, alert.kind().wireName());
            ps.executeUpdate();
        }
    }

    /** Claims up to {@code limit} due deliveries for one attempt each; the lease keeps others off them until it expires. */
    public List<DueDelivery> claim(int limit, Duration lease) {
        return Transactions.inTransaction(dataSource, c -> {
            List<long[]> claimed = new ArrayList<>();
            List<String[]> targets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "with due as (select id from notifier.webhook_deliveries where status = 'pending' "
                            + "and next_attempt_at <= now() and (lease_until is null or lease_until < now()) order by next_attempt_at, id limit ? for update skip locked) "
                            + "update notifier.webhook_deliveries d set attempts = d.attempts + 1, lease_until = now() + make_interval(secs => ?) "
                            + "from due, notifier.subscriptions s where d.id = due.id and s.id = d.subscription_id "
                            + "returning d.id, d.alert_seq, d.attempts, s.url, s.secret, s.id")) {
                ps.setInt(1, limit);
                ps.setDouble(2, lease.toMillis() / 1000.0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)});
                        targets.add(new String[] {rs.getString(4), rs.getString(5), rs.getString(6)});
                    }
                }
            }
            if (claimed.isEmpty()) return List.of();
            Map<Long, AlertView> alerts =
                    alerts(c, claimed.stream().map(x -> x[1]).toList());
            List<DueDelivery> out = new ArrayList<>();
            for (int i = 0; i < claimed.size(); i++) {
                long[] d = claimed.get(i);
                AlertView alert = alerts.get(d[1]);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "alert." + alert.kind());
                body.put("deliveryId", d[0]);
                body.put("subscriptionId", targets.get(i)[2]);
                body.put("alert", alert);
                out.add(new DueDelivery(
                        d[0],
                        d[1],
                        alert.kind(),
                        (int) d[2],
                        URI.create(targets.get(i)[0]),
                        targets.get(i)[1],
                        codec.write(body)));
            }
            return out;
        });
    }

    private static Map<Long, AlertView> alerts(Connection c, List<Long> seqs) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select " + AlertView.COLUMNS + " from notifier.alerts where seq = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", seqs.toArray()));
            Map<Long, AlertView> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertView a = AlertView.from(rs);
                    out.put(a.seq(), a);
                }
            }
            return out;
        }
    }

    /**
     * Records an attempt's outcome: delivered; or failed, then retried after {@code retryIn} or, when empty, dead. Only the
     * holder of the attempt can record it (a stale worker whose lease expired changes nothing).
     */
    public void finish(
            DueDelivery d,
            Integer statusCode,
            String error,
            int durationMs,
            boolean delivered,
            Optional<Duration> retryIn) {
        Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.webhook_deliveries set status = ?, lease_until = null, last_status = ?, "
                            + "last_error = ?, next_attempt_at = case when ? then now() + make_interval(secs => ?) else next_attempt_at end, "
                            + "finished_at = case when ? = 'pending' then null else now() end where id = ? and attempts = ? and status = 'pending'")) {
                String status = delivered ? "delivered" : retryIn.isPresent() ? "pending" : "dead";
                ps.setString(1, status);
                ps.setObject(2, statusCode);
                ps.setString(3, delivered ? null : error);
                ps.setBoolean(4, !delivered && retryIn.isPresent());
                ps.setDouble(5, retryIn.map(Duration::toMillis).orElse(0L) / 1000.0);
                ps.setString(6, status);
                ps.setLong(7, d.id());
                ps.setInt(8, d.attempt());
                if (ps.executeUpdate() == 0) return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into notifier.webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, "
                            + "duration_ms) values (?, ?, now() - make_interval(secs => ?), ?, ?, ?) on conflict do nothing")) {
                ps.setLong(1, d.id());
                ps.setInt(2, d.attempt());
                ps.setDouble(3, durationMs / 1000.0);
                ps.setObject(4, statusCode);
                ps.setString(5, error);
                ps.setInt(6, durationMs);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Milliseconds until the next pending delivery falls due (0 if one is due now), or empty when none is pending. */
    public Optional<Long> millisUntilNextDue() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "select greatest(0, extract(epoch from (min(greatest(next_attempt_at, coalesce(lease_until, "
                                    + "next_attempt_at))) - now())) * 1000)::bigint from notifier.webhook_deliveries where status = 'pending'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        });
    }

    public Map<String, Long> countsByStatus() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "select status, count(*) from notifier.webhook_deliveries group by status");
                    ResultSet rs = ps.executeQuery()) {
                Map<String, Long> out =
                        new LinkedHashMap<>(Map.of("pending", 0L, "delivered", 0L, "dead", 0L, "cancelled", 0L));
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
                return out;
            }
        });
    }

    public List<DeliveryView> list(java.util.UUID subscriptionId, String status, long afterId, int limit) {
        return Transactions.read(dataSource, c -> {
            List<DeliveryView> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, alert_seq, status, attempts, next_attempt_at, last_status, last_error, created_at, "
                            + "finished_at from notifier.webhook_deliveries where subscription_id = ? and id > ? and (?::text is null or status = ?) order by id limit ?")) {
                ps.setObject(1, subscriptionId);
                ps.setLong(2, afterId);
                ps.setString(3, status);
                ps.setString(4, status);
                ps.setInt(5, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeliveryView(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getString(3).equals("pending")
                                        ? rs.getTimestamp(5).toInstant().toString()
                                        : null,
                                (Integer) rs.getObject(6),
                                rs.getString(7),
                                rs.getTimestamp(8).toInstant().toString(),
                                rs.getTimestamp(9) == null
                                        ? null
                                        : rs.getTimestamp(9).toInstant().toString(),
                                attempts(c, rs.getLong(1))));
                    }
                }
            }
            return out;
        });
    }

    private static List<DeliveryView.Attempt> attempts(Connection c, long deliveryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select attempt, attempted_at, status_code, error, duration_ms from notifier.webhook_attempts "
                        + "where delivery_id = ? order by attempt")) {
            ps.setLong(1, deliveryId);
            List<DeliveryView.Attempt> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new DeliveryView.Attempt(
                            rs.getInt(1),
                            rs.getTimestamp(2).toInstant().toString(),
                            (Integer) rs.getObject(3),
                            rs.getString(4),
                            rs.getInt(5)));
            }
            return out;
        }
    }
}
