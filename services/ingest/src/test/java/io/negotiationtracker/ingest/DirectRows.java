package io.negotiationtracker.ingest;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.events.json.EventCodec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes into the event store behind ingest's back (bypassing the door's checks), as an older version or a lowered
 * limit could have: a valid event at the stream's next version and the next position, in one transaction.
 */
final class DirectRows {
    private static final Source SOURCE = new Source(null, "Test Wire", "Direct", null);

    private DirectRows() {}

    /** A RoundHeld of {@code participants} participants with names of {@code nameLength} characters (each valid on its own). */
    static ProposedEvent largeRound(int participants, int nameLength) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < participants; i++)
            people.add(new Person((i + "-" + "x".repeat(nameLength)).substring(0, nameLength), null, "JP"));
        RoundHeld round =
                new RoundHeld("large-round", RoundLevel.MINISTERIAL, null, null, "Tokyo", people, null, null, null);
        return new ProposedEvent(UUID.randomUUID(), WorldDate.parse("2025-06-16"), SOURCE, Confidence.CONFIRMED, round);
    }

    static ProposedEvent statement(String quote) {
        return new ProposedEvent(
                UUID.randomUUID(),
                WorldDate.parse("2025-06-16"),
                SOURCE,
                Confidence.CONFIRMED,
                new StatementMade(new Person("Shigeru Ishiba", null, "JP"), quote, null));
    }

    /** Stores the events at the stream's next versions and the next positions, in one transaction; returns their positions. */
    static List<Long> insert(Map<String, Object> props, String negotiationId, List<ProposedEvent> events)
            throws SQLException {
        try (Connection c = connect(props)) {
            c.setAutoCommit(false);
            long version = single(
                    c, "select version from ingest.streams where negotiation_id = '" + negotiationId + "' for update");
            long last = single(
                    c,
                    "update ingest.global_position set last = last + " + events.size()
                            + " where id = 1 returning last");
            long position = last - events.size();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            EventCodec codec = new EventCodec();
            List<Long> positions = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("insert into ingest.events (position, event_id, negotiation_id, version, type, "
                            + "occurred_on, recorded_at, content_hash, envelope) values (?,?,?,?,?,?,?,?,?::json)")) {
                for (ProposedEvent event : events) {
                    ps.setLong(1, ++position);
                    ps.setObject(2, event.eventId());
                    ps.setString(3, negotiationId);
                    ps.setLong(4, ++version);
                    ps.setString(5, event.type());
                    ps.setString(6, "2025-06-16");
                    ps.setTimestamp(7, Timestamp.from(now));
                    ps.setString(8, "direct-" + event.eventId());
                    ps.setString(9, codec.write(event.stored(negotiationId, version, position, now)));
                    ps.executeUpdate();
                    positions.add(position);
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("update ingest.streams set version = ? where negotiation_id = ?")) {
                ps.setLong(1, version);
                ps.setString(2, negotiationId);
                ps.executeUpdate();
            }
            c.commit();
            return positions;
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("no row: " + sql);
            return rs.getLong(1);
        }
    }

    static Connection connect(Map<String, Object> props) throws SQLException {
        return DriverManager.getConnection(
                (String) props.get("datasources.default.url"),
                (String) props.get("datasources.default.username"),
                (String) props.get("datasources.default.password"));
    }
}
