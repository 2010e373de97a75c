package io.negotiationtracker.ingest.store;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.ingest.append.KnownEvent;
import io.negotiationtracker.ingest.append.NewEvent;
import io.negotiationtracker.platform.jdbc.CopyRows;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Every SQL statement of the event store, and no rule: the append's statements run on the writer's transaction, each
 * read takes a connection of its own. {@code ingest.streams} holds each stream's version (its row lock serialises the
 * appends to a stream), {@code ingest.global_position} the position counter (its row lock, taken last and held to
 * commit, makes positions follow commit order), {@code ingest.events} the events.
 */
@Singleton
public class EventTable {
    /** Reads one row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public EventTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Events stored under any of these ids, in one query. */
    Map<UUID, KnownEvent> findStored(Connection c, Collection<UUID> eventIds) throws SQLException {
        Map<UUID, KnownEvent> found = new HashMap<>();
        forEach(
                c,
                "select event_id, negotiation_id, version, position, content_hash from ingest.events where event_id = any(?)",
                List.of(c.createArrayOf("uuid", eventIds.toArray())),
                rs -> found.put(
                        rs.getObject(1, UUID.class),
                        new KnownEvent(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5))));
        return found;
    }

    /**
     * Locks the streams, creating the rows of new ones (the upsert takes the row lock), in one statement and in the order
     * of their ids, so that two instances locking overlapping streams cannot deadlock; returns each stream's version.
     */
    Map<String, Long> lockStreams(Connection c, Collection<String> negotiationIds) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        forEach(
                c,
                "insert into ingest.streams (negotiation_id, version) select id, 0 from unnest(?::text[]) as ids(id) order by id "
                        + "on conflict (negotiation_id) do update set version = ingest.streams.version returning negotiation_id, version",
                List.of(negotiationIds.stream().distinct().toList()),
                rs -> versions.put(rs.getString(1), rs.getLong(2)));
        return versions;
    }

    /** Hands over the stored envelopes of one stream in version order, a page at a time rather than all at once. */
    void forEachEnvelope(Connection c, String negotiationId, Consumer<String> envelope) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select envelope from ingest.events where negotiation_id = ? order by version")) {
            ps.setString(1, negotiationId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) envelope.accept(rs.getString(1));
            }
        }
    }

    /** Moves the position counter on by {@code count}, locking it until commit; returns the last position taken. */
    long takePositions(Connection c, int count) throws SQLException {
        return single(
                c,
                "update ingest.global_position set last = last + ? where id = 1 returning last",
                List.of((long) count),
                0L);
    }

    /** Inserts the rows in one COPY: the envelopes as the door serialised them, with the version and position they took. */
    void insert(Connection c, List<NewEvent> rows) throws SQLException {
        CopyRows copy = new CopyRows(
                "ingest.events (position, event_id, negotiation_id, version, type, occurred_on, recorded_at, content_hash, envelope)",
                rows.size() * 1024);
        for (NewEvent row : rows) {
            EventEnvelope e = row.envelope();
            copy.row(
                    e.position(),
                    e.eventId(),
                    e.negotiationId(),
                    e.version(),
                    e.type(),
                    e.occurredOn(),
                    e.recordedAt(),
                    row.digest(),
                    row.envelopeText());
        }
        copy.into(c);
    }

    void setVersions(Connection c, Map<String, Long> versions) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("update ingest.streams set version = ? where negotiation_id = ?")) {
            for (var v : versions.entrySet()) {
                bind(c, ps, List.of(v.getValue(), v.getKey()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Stored envelopes (JSON) of one negotiation, from a version on. */
    public List<String> readStream(String negotiationId, long afterVersion, int limit) {
        return read(
                "select envelope from ingest.events where negotiation_id = ? and version > ? order by version limit ?",
                List.of(negotiationId, afterVersion, limit),
                rs -> rs.getString(1));
    }

    /** Stored events of all negotiations after a global position, up to {@code upTo} (inclusive), optionally filtered. */
    public List<StoredEvent> readAll(
            long afterPosition, long upTo, int limit, String negotiationId, List<String> types) {
        StringBuilder sql = new StringBuilder(
                "select position, type, envelope from ingest.events where position > ? and position <= ?");
        List<Object> args = new ArrayList<>(List.of(afterPosition, upTo));
        if (negotiationId != null) {
            sql.append(" and negotiation_id = ?");
            args.add(negotiationId);
        }
        if (types != null && !types.isEmpty()) {
            sql.append(" and type = any(?)");
            args.add(types);
        }
        sql.append(" order by position limit ?");
        args.add(limit);
        return read(sql.toString(), args, rs -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The stream's version; 0 when nothing is stored for it. */
    public long streamVersion(String negotiationId) {
        return Transactions.read(dataSource, c -> streamVersion(c, negotiationId));
    }

    /** The stream's version read on {@code c}, without locking or creating its row; 0 when nothing is stored for it. */
    long streamVersion(Connection c, String negotiationId) throws SQLException {
        return single(c, "select version from ingest.streams where negotiation_id = ?", List.of(negotiationId), 0L);
    }

    /** The last position taken by a committed append. */
    public long head() {
        return Transactions.read(dataSource, this::head);
    }

    long head(Connection c) throws SQLException {
        return single(c, "select last from ingest.global_position where id = 1", List.of(), 0L);
    }

    private <T> List<T> read(String sql, List<Object> args, Row<T> row) {
        return Transactions.read(dataSource, c -> {
            List<T> out = new ArrayList<>();
            forEach(c, sql, args, rs -> out.add(row.read(rs)));
            return out;
        });
    }

    private static long single(Connection c, String sql, List<Object> args, long none) throws SQLException {
        List<Long> values = new ArrayList<>(1);
        forEach(c, sql, args, rs -> values.add(rs.getLong(1)));
        return values.isEmpty() ? none : values.get(0);
    }

    private static void forEach(Connection c, String sql, List<Object> args, Row<?> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) row.read(rs);
            }
        }
    }

    /** A list argument is bound as a text array (for {@code = any(?)}, {@code unnest(?)}). */
    private static void bind(Connection c, PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof List<?> list) ps.setArray(i + 1, c.createArrayOf("text", list.toArray()));
            else ps.setObject(i + 1, args.get(i));
        }
    }
}
