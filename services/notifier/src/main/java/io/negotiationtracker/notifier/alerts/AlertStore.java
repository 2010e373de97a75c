package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The alerts: at most one per key (a unique constraint), numbered gap-free in commit order. */
@Singleton
public class AlertStore {
    private static final String COLUMNS = AlertView.COLUMNS;

    private final DataSource dataSource;
    private final Clock clock;
    private final List<AlertFanOut> fanOuts;
    private final Tracing tracing;

    public AlertStore(DataSource dataSource, Clock clock, List<AlertFanOut> fanOuts, Tracing tracing) {
        this.tracing = tracing;
        this.dataSource = dataSource;
        this.clock = clock;
        this.fanOuts = fanOuts;
    }

    /**
     * Records the alert unless its key is already there; returns its sequence number if it is new. The counter row is
     * locked first and held to commit, so the check below sees every alert committed before, and numbers never skip.
     */
    public Optional<Long> record(Connection c, NewAlert a) throws SQLException {
        long last;
        try (PreparedStatement ps =
                        c.prepareStatement("select last from notifier.alert_counter where id = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        try (PreparedStatement exists = c.prepareStatement("select 1 from notifier.alerts where alert_key = ?")) {
            exists.setString(1, a.key());
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return Optional.empty();
            }
        }
        long seq = last + 1;
        try (PreparedStatement ps = c.prepareStatement("update notifier.alert_counter set last = ? where id = 1")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
        insert(c, seq, a);
        for (AlertFanOut f : fanOuts) f.recorded(c, seq, a);
        // Raised while an event's span is current (the consumer's): its webhooks and emails continue that trace.
        tracing.links().remember(traceKey(seq), tracing.traceParent(Span.current()));
        return Optional.of(seq);
    }

    /** The key of an alert's trace in {@link Tracing#links()}. */
    public static String traceKey(long seq) {
        return "alert:" + seq;
    }

    private void insert(Connection c, long seq, NewAlert a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.alerts (seq, alert_key, negotiation_id, deadline_id, kind, due_on, "
                        + "previous_due_on, horizon_days, revision, title, message, agreement_before, event_id, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, a.key());
            ps.setString(3, a.negotiationId());
            ps.setString(4, a.deadlineId());
            ps.setString(5, a.kind().wireName());
            ps.setString(6, a.dueOn() == null ? null : a.dueOn().toString());
            ps.setString(7, a.previousDueOn() == null ? null : a.previousDueOn().toString());
            ps.setObject(8, a.horizonDays());
            ps.setInt(9, a.revision());
            ps.setString(10, a.title());
            ps.setString(11, a.message());
            ps.setObject(12, a.agreementBefore());
            ps.setObject(13, a.eventId());
            ps.setTimestamp(14, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
    }

    public List<AlertView> list(AlertFilter f, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notifier.alerts where seq > ?");
        List<Object> args = new ArrayList<>(List.of(f.afterSeq()));
        if (f.negotiationId() != null) {
            sql.append(" and negotiation_id = ?");
            args.add(f.negotiationId());
        }
        if (f.kind() != null) {
            sql.append(" and kind = ?");
            args.add(f.kind());
        }
        if (f.since() != null) {
            sql.append(" and created_at >= ?");
            args.add(Timestamp.from(f.since()));
        }
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
}
