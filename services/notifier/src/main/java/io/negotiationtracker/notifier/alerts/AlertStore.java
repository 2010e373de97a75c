package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The notifier's tables: tracked deadlines, agreements, and the alerts (unique by key, numbered gap-free). */
@Singleton
public class AlertStore {
    private final DataSource dataSource;
    private final Clock clock;

    public AlertStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Marks an event's stream version as applied; false when it (or a later one) already was: a replay. */
    public boolean firstTimeApplied(Connection c, String negotiationId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into notifier.applied_versions (negotiation_id, version) values (?, ?) "
                + "on conflict (negotiation_id) do update set version = excluded.version where applied_versions.version < excluded.version")) {
            ps.setString(1, negotiationId);
            ps.setLong(2, version);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<TrackedDeadline> deadline(Connection c, String negotiationId, String deadlineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select negotiation_id, deadline_id, title, kind, due_on, last_due_on, cancelled, revision "
                + "from notifier.deadlines where negotiation_id = ? and deadline_id = ? for update")) {
            ps.setString(1, negotiationId);
            ps.setString(2, deadlineId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public List<TrackedDeadline> activeDeadlines() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select negotiation_id, deadline_id, title, kind, due_on, last_due_on, cancelled, revision "
                    + "from notifier.deadlines where not cancelled");
                 ResultSet rs = ps.executeQuery()) {
                List<TrackedDeadline> out = new ArrayList<>();
                while (rs.next()) out.add(row(rs));
                return out;
            }
        });
    }

    public void save(Connection c, TrackedDeadline d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into notifier.deadlines (negotiation_id, deadline_id, title, kind, due_on, last_due_on, "
                + "cancelled, revision) values (?,?,?,?,?,?,?,?) on conflict (negotiation_id, deadline_id) do update set title = excluded.title, "
                + "kind = excluded.kind, due_on = excluded.due_on, last_due_on = excluded.last_due_on, cancelled = excluded.cancelled, revision = excluded.revision")) {
            ps.setString(1, d.negotiationId());
            ps.setString(2, d.deadlineId());
            ps.setString(3, d.title());
            ps.setString(4, d.kind());
            ps.setString(5, d.dueOn() == null ? null : d.dueOn().toString());
            ps.setString(6, d.lastDueOn() == null ? null : d.lastDueOn().toString());
            ps.setBoolean(7, d.cancelled());
            ps.setInt(8, d.revision());
            ps.executeUpdate();
        }
    }

    public void saveAgreement(Connection c, String negotiationId, String agreementId, WorldDate occurredOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into notifier.agreements (negotiation_id, agreement_id, occurred_on, occurred_from) "
                + "values (?,?,?,?) on conflict do nothing")) {
            ps.setString(1, negotiationId);
            ps.setString(2, agreementId);
            ps.setString(3, occurredOn.toString());
            ps.setDate(4, Date.valueOf(occurredOn.earliest()));
            ps.executeUpdate();
        }
    }

    public boolean agreementOnOrBefore(Connection c, String negotiationId, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from notifier.agreements where negotiation_id = ? and occurred_from <= ?")) {
            ps.setString(1, negotiationId);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records the alert unless its key is already there; returns its sequence number if it is new. */
    public Optional<Long> record(Connection c, NewAlert a) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("select 1 from notifier.alerts where alert_key = ?")) {
            exists.setString(1, a.key());
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return Optional.empty();
            }
        }
        long seq;
        try (PreparedStatement ps = c.prepareStatement("update notifier.alert_counter set last = last + 1 where id = 1 returning last");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into notifier.alerts (seq, alert_key, negotiation_id, deadline_id, kind, due_on, "
                + "previous_due_on, horizon_days, revision, title, message, agreement_before, event_id, created_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict (alert_key) do nothing")) {
            ps.setLong(1, seq);
            ps.setString(2, a.key());
            ps.setString(3, a.negotiationId());
            ps.setString(4, a.deadlineId());
            ps.setString(5, a.kind().name().toLowerCase());
            ps.setString(6, a.dueOn() == null ? null : a.dueOn().toString());
            ps.setString(7, a.previousDueOn() == null ? null : a.previousDueOn().toString());
            ps.setObject(8, a.horizonDays());
            ps.setInt(9, a.revision());
            ps.setString(10, a.title());
            ps.setString(11, a.message());
            ps.setObject(12, a.agreementBefore());
            ps.setObject(13, a.eventId());
            ps.setTimestamp(14, Timestamp.from(clock.instant()));
            if (ps.executeUpdate() == 0) throw new SQLException("alert " + a.key() + " was recorded concurrently", "40001");
        }
        return Optional.of(seq);
    }

    public List<AlertView> list(String negotiationId, String kind, Instant since, long afterSeq, int limit) {
        StringBuilder sql = new StringBuilder("select seq, negotiation_id, deadline_id, kind, due_on, previous_due_on, horizon_days, revision, title, "
                + "message, agreement_before, event_id, created_at from notifier.alerts where seq > ?");
        List<Object> args = new ArrayList<>(List.of(afterSeq));
        if (negotiationId != null) { sql.append(" and negotiation_id = ?"); args.add(negotiationId); }
        if (kind != null) { sql.append(" and kind = ?"); args.add(kind); }
        if (since != null) { sql.append(" and created_at >= ?"); args.add(Timestamp.from(since)); }
        sql.append(" order by seq limit ?");
        args.add(limit);
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                List<AlertView> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(AlertView.from(rs));
                }
                return out;
            }
        });
    }

    private static TrackedDeadline row(ResultSet rs) throws SQLException {
        String due = rs.getString(5);
        String last = rs.getString(6);
        return new TrackedDeadline(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                due == null ? null : WorldDate.parse(due), last == null ? null : WorldDate.parse(last), rs.getBoolean(7), rs.getInt(8));
    }
}
