package io.negotiationtracker.notifier.history;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The events of each negotiation as published, kept in the consumer's transaction: what the alert rules and the backtest read. */
@Singleton
public class EventLog {
    private final DataSource dataSource;
    private final EventCodec codec;

    public EventLog(DataSource dataSource, EventCodec codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    /** Keeps the event once (a replay finds it there already). */
    public void keep(Connection c, EventEnvelope e, String envelopeJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into notifier.event_log (negotiation_id, version, event_id, known_on, envelope) "
                        + "values (?,?,?,?,?) on conflict do nothing")) {
            ps.setString(1, e.negotiationId());
            ps.setLong(2, e.version());
            ps.setObject(3, e.eventId());
            ps.setDate(4, Date.valueOf(e.knownOn()));
            ps.setString(5, envelopeJson);
            ps.executeUpdate();
        }
    }

    /** The negotiation's events in stream order. */
    public List<EventEnvelope> of(Connection c, String negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select envelope from notifier.event_log where negotiation_id = ? order by version")) {
            ps.setString(1, negotiationId);
            List<EventEnvelope> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(codec.readEnvelope(rs.getString(1)));
            }
            return out;
        }
    }

    public List<EventEnvelope> of(String negotiationId) {
        return Transactions.read(dataSource, c -> of(c, negotiationId));
    }

    /**
     * Locks the negotiation's applied-version row until the transaction ends and returns the version: the consumer
     * holds the same row while it applies an event, so a scan never reads a negotiation half-way through a change.
     */
    public OptionalLong lockNegotiation(Connection c, String negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select version from notifier.applied_versions where negotiation_id = ? for update")) {
            ps.setString(1, negotiationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
