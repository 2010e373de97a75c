package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The deadlines and agreements folded from the events, and the stream versions already applied. */
@Singleton
public class DeadlineStore {
    private static final String COLUMNS =
            "negotiation_id, deadline_id, title, kind, due_on, last_due_on, cancelled, revision";

    private final DataSource dataSource;

    public DeadlineStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Marks an event's stream version as applied; false when it (or a later one) already was: a replay. */
    public boolean firstTimeApplied(Connection c, String negotiationId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.applied_versions (negotiation_id, version) values (?, ?) "
                        + "on conflict (negotiation_id) do update set version = excluded.version where applied_versions.version < excluded.version")) {
            ps.setString(1, negotiationId);
            ps.setLong(2, version);
            return ps.executeUpdate() == 1;
        }
    }

    /** The deadline's current version, locked until the transaction ends. */
    public Optional<TrackedDeadline> lock(Connection c, String negotiationId, String deadlineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from notifier.deadlines where negotiation_id = ? and deadline_id = ? for update")) {
            ps.setString(1, negotiationId);
            ps.setString(2, deadlineId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** True when any event of the negotiation reached the notifier. */
    public boolean knows(String negotiationId) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("select 1 from notifier.applied_versions where negotiation_id = ?")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The negotiations with a deadline that is not cancelled: the ones the day may raise alerts for. */
    public List<String> negotiationsWithCurrentDeadlines() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "select distinct negotiation_id from notifier.deadlines where not cancelled order by negotiation_id");
                    ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        });
    }

    public List<TrackedDeadline> of(String negotiationId) {
        return query(
                "select " + COLUMNS + " from notifier.deadlines where negotiation_id = ? order by deadline_id",
                negotiationId);
    }

    public void save(Connection c, TrackedDeadline d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.deadlines (" + COLUMNS + ") values (?,?,?,?,?,?,?,?) "
                        + "on conflict (negotiation_id, deadline_id) do update set title = excluded.title, kind = excluded.kind, due_on = excluded.due_on, "
                        + "last_due_on = excluded.last_due_on, cancelled = excluded.cancelled, revision = excluded.revision")) {
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

    public void saveAgreement(Connection c, String negotiationId, String agreementId, WorldDate occurredOn)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.agreements (negotiation_id, agreement_id, occurred_on, occurred_from) "
                        + "values (?,?,?,?) on conflict do nothing")) {
            ps.setString(1, negotiationId);
            ps.setString(2, agreementId);
            ps.setString(3, occurredOn.toString());
            ps.setDate(4, Date.valueOf(occurredOn.earliest()));
            ps.executeUpdate();
        }
    }

    private List<TrackedDeadline> query(String sql, String negotiationId) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (negotiationId != null) ps.setString(1, negotiationId);
                List<TrackedDeadline> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
                return out;
            }
        });
    }

    private static TrackedDeadline row(ResultSet rs) throws SQLException {
        String due = rs.getString(5);
        String last = rs.getString(6);
        return new TrackedDeadline(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                due == null ? null : WorldDate.parse(due),
                last == null ? null : WorldDate.parse(last),
                rs.getBoolean(7),
                rs.getInt(8));
    }
}
