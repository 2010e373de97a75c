package io.negotiationtracker.notifier.webhooks;

import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Webhook subscriptions. Deleting one keeps it (its deliveries stay visible) and cancels what it still had pending. */
@Singleton
public class SubscriptionStore {
    private static final String COLUMNS = "id, url, negotiation_id, kinds, description, created_at";

    private final DataSource dataSource;
    private final Clock clock;

    public SubscriptionStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Subscription create(NewSubscription s) {
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into notifier.subscriptions (id, url, negotiation_id, kinds, secret, description, "
                            + "created_at) values (?,?,?,?,?,?,?) returning " + COLUMNS)) {
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
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return row(rs);
                }
            }
        });
    }

    public List<Subscription> list() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                            + " from notifier.subscriptions where deleted_at is null order by created_at, id");
                    ResultSet rs = ps.executeQuery()) {
                List<Subscription> out = new ArrayList<>();
                while (rs.next()) out.add(row(rs));
                return out;
            }
        });
    }

    public Optional<Subscription> find(UUID id) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select " + COLUMNS + " from notifier.subscriptions where id = ? and deleted_at is null")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** True when the subscription exists or existed (its deliveries stay visible after a delete). */
    public boolean known(UUID id) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from notifier.subscriptions where id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** True when a live subscription was deleted. */
    public boolean delete(UUID id) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.subscriptions set deleted_at = ? where id = ? and deleted_at is null")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setObject(2, id);
                if (ps.executeUpdate() == 0) return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update notifier.webhook_deliveries set status = 'cancelled', finished_at = now(), "
                            + "lease_until = null where subscription_id = ? and status = 'pending'")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            return true;
        });
    }

    private static Subscription row(ResultSet rs) throws SQLException {
        Array kinds = rs.getArray(4);
        return new Subscription(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                kinds == null ? null : Arrays.asList((String[]) kinds.getArray()),
                rs.getString(5),
                rs.getTimestamp(6).toInstant().toString());
    }
}
