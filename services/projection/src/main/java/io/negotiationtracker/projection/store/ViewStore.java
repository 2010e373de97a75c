package io.negotiationtracker.projection.store;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.view.StatusView;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The projection's tables: applied events, one status row per negotiation, and the highest applied position. */
@Singleton
public class ViewStore {
    private final DataSource dataSource;
    private final EventCodec codec;
    private final Clock clock;

    public ViewStore(DataSource dataSource, EventCodec codec, Clock clock) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Stores an event once (by eventId); true when it was new. */
    public boolean insertEvent(Connection c, EventEnvelope e, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into projection.events (position, event_id, negotiation_id, version, type, "
                + "occurred_from, recorded_at, envelope) values (?,?,?,?,?,?,?,?::json) on conflict do nothing")) {
            ps.setLong(1, e.position());
            ps.setObject(2, e.eventId());
            ps.setString(3, e.negotiationId());
            ps.setLong(4, e.version());
            ps.setString(5, e.type());
            ps.setDate(6, Date.valueOf(e.occurredOn().earliest()));
            ps.setTimestamp(7, Timestamp.from(e.recordedAt()));
            ps.setString(8, json);
            return ps.executeUpdate() == 1;
        }
    }

    /** Re-folds one negotiation from its stored events and writes its status row. */
    public void refreshStatus(Connection c, String negotiationId) throws SQLException {
        List<EventEnvelope> events = events(c, negotiationId, null, null);
        NegotiationState state = Evolve.fold(negotiationId, events);
        LocalDate today = today();
        long lastPosition = events.stream().mapToLong(EventEnvelope::position).max().orElse(0);
        try (PreparedStatement ps = c.prepareStatement("insert into projection.negotiations (negotiation_id, title, version, last_position, "
                + "computed_for, status, updated_at) values (?,?,?,?,?,?::json,?) on conflict (negotiation_id) do update set title = excluded.title, "
                + "version = excluded.version, last_position = excluded.last_position, computed_for = excluded.computed_for, "
                + "status = excluded.status, updated_at = excluded.updated_at")) {
            ps.setString(1, negotiationId);
            ps.setString(2, state.title());
            ps.setLong(3, state.version());
            ps.setLong(4, lastPosition);
            ps.setDate(5, Date.valueOf(today));
            ps.setString(6, codec.write(StatusView.of(state, today)));
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
    }

    public void advanceAppliedPosition(Connection c, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update projection.applied_position set position = greatest(position, ?) where id = 1")) {
            ps.setLong(1, position);
            ps.executeUpdate();
        }
    }

    public long appliedPosition() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select position from projection.applied_position where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The stored status JSON, if it was computed for today; else empty (the caller folds afresh). */
    public Optional<String> currentStatus(String negotiationId) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select status, computed_for from projection.negotiations where negotiation_id = ?")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getDate(2).toLocalDate().equals(today())) return Optional.empty();
                    return Optional.of(rs.getString(1));
                }
            }
        });
    }

    public boolean exists(String negotiationId) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from projection.negotiations where negotiation_id = ?")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The negotiation's events in world order (occurredOn, then version), optionally cut at a world date and a recording time. */
    public List<EventEnvelope> events(String negotiationId, LocalDate asOf, Instant knownAt) {
        return Transactions.read(dataSource, c -> events(c, negotiationId, asOf, knownAt));
    }

    private List<EventEnvelope> events(Connection c, String negotiationId, LocalDate asOf, Instant knownAt) throws SQLException {
        String sql = "select envelope from projection.events where negotiation_id = ?"
                + (asOf != null ? " and occurred_from <= ?" : "") + (knownAt != null ? " and recorded_at <= ?" : "")
                + " order by occurred_from, version";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, negotiationId);
            if (asOf != null) ps.setDate(i++, Date.valueOf(asOf));
            if (knownAt != null) ps.setTimestamp(i, Timestamp.from(knownAt));
            ps.setFetchSize(1000);
            List<EventEnvelope> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(codec.readEnvelope(rs.getString(1)));
            }
            return out;
        }
    }

    public List<NegotiationSummary> list() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select negotiation_id, title, version, last_position, updated_at, "
                    + "status::jsonb -> 'rounds' ->> 'total', jsonb_array_length(status::jsonb -> 'issues' -> 'open'), "
                    + "status::jsonb -> 'nextDeadline' from projection.negotiations order by negotiation_id");
                 ResultSet rs = ps.executeQuery()) {
                List<NegotiationSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new NegotiationSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getString(8) == null ? null : codec.parse(rs.getString(8))));
                }
                return out;
            }
        });
    }
}
