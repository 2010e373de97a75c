package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.Decide;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.RuleViolation;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.jdbc.DataAccessException;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The PostgreSQL event store. An append: lock the stream row, settle retries by eventId, check the expected version,
 * run {@link Decide} over the folded stream, take positions from the global counter (whose row lock, held to commit,
 * makes positions follow commit order), insert, bump the stream version. Concurrent appends are committed together by
 * one writer ({@link GroupCommitWriter}), each under its own savepoint, so the commit-order lock costs one WAL flush per
 * group rather than per request.
 */
@Singleton
public class EventStore {
    private final DataSource dataSource;
    private final EventCodec codec;
    private final AppendSignal signal;
    private final Map<String, NegotiationState> states = new ConcurrentHashMap<>();
    private final GroupCommitWriter writer;

    public EventStore(DataSource dataSource, EventCodec codec, AppendSignal signal) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.signal = signal;
        this.writer = new GroupCommitWriter(this::appendGroup);
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    public AppendResult append(String negotiationId, List<ProposedEvent> events, OptionalLong expectedVersion, Instant now) {
        List<String> hashes = events.stream().map(e -> ContentHash.of(codec, negotiationId, e)).toList();
        Pending pending = new Pending(negotiationId, events, hashes, expectedVersion, now.truncatedTo(ChronoUnit.MICROS));
        return writer.submit(pending);
    }

    /** One append waiting for the writer: what to store, and where its answer goes. */
    record Pending(String negotiationId, List<ProposedEvent> events, List<String> hashes, OptionalLong expected, Instant recordedAt) {}

    /**
     * Appends a group of pending appends in ONE transaction, each under its own savepoint: one commit (one WAL flush)
     * for the whole group, while each append still succeeds or fails on its own. Runs on the writer thread only.
     */
    List<Object> appendGroup(List<Pending> group) {
        Map<String, NegotiationState> groupStates = new HashMap<>();
        List<Object> results = Transactions.inTransaction(dataSource, c -> {
            List<Object> out = new ArrayList<>(group.size());
            boolean alone = group.size() == 1;
            for (Pending p : group) {
                if (alone) {
                    Outcome outcome = appendIn(c, p, groupStates);
                    if (outcome.state() != null) groupStates.put(p.negotiationId(), outcome.state());
                    out.add(outcome.result());
                    continue;
                }
                Savepoint savepoint = c.setSavepoint();
                try {
                    Outcome outcome = appendIn(c, p, groupStates);
                    c.releaseSavepoint(savepoint);
                    if (outcome.state() != null) groupStates.put(p.negotiationId(), outcome.state());
                    out.add(outcome.result());
                } catch (RuntimeException e) {
                    c.rollback(savepoint);
                    out.add(e);
                } catch (SQLException e) {
                    if (e.getSQLState() == null || e.getSQLState().startsWith("08")) throw e;
                    c.rollback(savepoint);
                    out.add(new DataAccessException(e));
                }
            }
            return out;
        });
        states.putAll(groupStates);
        long last = results.stream().filter(r -> r instanceof AppendResult).mapToLong(r -> ((AppendResult) r).lastPosition()).max().orElse(0);
        if (last > 0) signal.committed(last);
        return results;
    }

    private record Outcome(AppendResult result, NegotiationState state) {}

    private Outcome appendIn(Connection c, Pending p, Map<String, NegotiationState> groupStates) throws SQLException {
        String negotiationId = p.negotiationId();
        List<ProposedEvent> events = p.events();
        List<String> hashes = p.hashes();
        OptionalLong expected = p.expected();
        Instant recordedAt = p.recordedAt();
        long current = lockStream(c, negotiationId);
        Map<UUID, AppendedEvent> stored = findStored(c, events, hashes);
        Map<UUID, String> inBatch = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            UUID id = events.get(i).eventId();
            String earlier = inBatch.putIfAbsent(id, hashes.get(i));
            if (earlier != null && !earlier.equals(hashes.get(i))) throw new DuplicateEventConflict(id, i);
            if (earlier == null && !stored.containsKey(id)) fresh.add(i);
        }
        if (fresh.isEmpty()) {
            return new Outcome(new AppendResult(negotiationId, current, events.stream().map(e -> stored.get(e.eventId())).distinct().toList()), null);
        }
        if (expected.isPresent() && expected.getAsLong() != current) throw new VersionConflict(expected.getAsLong(), current);

        NegotiationState state = stateAt(c, negotiationId, current, groupStates);
        List<EventEnvelope> toInsert = new ArrayList<>();
        long version = current;
        for (int i : fresh) {
            ProposedEvent e = events.get(i);
            RuleViolation violation = Decide.decide(state, e).orElse(null);
            if (violation != null) throw new RuleRefused(violation, i);
            EventEnvelope envelope = e.stored(negotiationId, ++version, 0, recordedAt);
            state = Evolve.evolve(state, envelope);
            toInsert.add(envelope);
        }
        long last = takePositions(c, toInsert.size());
        long first = last - toInsert.size() + 1;
        List<EventEnvelope> positioned = new ArrayList<>();
        for (int k = 0; k < toInsert.size(); k++) {
            EventEnvelope e = toInsert.get(k);
            positioned.add(new EventEnvelope(e.eventId(), e.negotiationId(), e.type(), e.version(), first + k, e.occurredOn(),
                    e.recordedAt(), e.source(), e.confidence(), e.data()));
        }
        insert(c, positioned, fresh.stream().map(hashes::get).toList());
        try (PreparedStatement ps = c.prepareStatement("update ingest.streams set version = ? where negotiation_id = ?")) {
            ps.setLong(1, version);
            ps.setString(2, negotiationId);
            ps.executeUpdate();
        }
        Map<UUID, AppendedEvent> results = new HashMap<>(stored);
        positioned.forEach(e -> results.put(e.eventId(), new AppendedEvent(e.eventId(), e.version(), e.position(), false)));
        List<AppendedEvent> ordered = events.stream().map(e -> results.get(e.eventId())).distinct().toList();
        return new Outcome(new AppendResult(negotiationId, version, ordered), state);
    }

    /** Creates the stream row if needed and locks it (the upsert takes the row lock); returns the stream's version. */
    private long lockStream(Connection c, String negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into ingest.streams (negotiation_id, version) values (?, 0) "
                + "on conflict (negotiation_id) do update set version = ingest.streams.version returning version")) {
            ps.setString(1, negotiationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<UUID, AppendedEvent> findStored(Connection c, List<ProposedEvent> events, List<String> hashes) throws SQLException {
        Map<UUID, AppendedEvent> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id, version, position, content_hash from ingest.events where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", events.stream().map(ProposedEvent::eventId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new AppendedEvent(id, rs.getLong(2), rs.getLong(3), true));
                    for (int i = 0; i < events.size(); i++) {
                        if (events.get(i).eventId().equals(id) && !hashes.get(i).equals(rs.getString(4))) throw new DuplicateEventConflict(id, i);
                    }
                }
            }
        }
        return found;
    }

    private NegotiationState stateAt(Connection c, String negotiationId, long version, Map<String, NegotiationState> groupStates)
            throws SQLException {
        NegotiationState cached = groupStates.containsKey(negotiationId) ? groupStates.get(negotiationId) : states.get(negotiationId);
        if (cached != null && cached.version() == version) return cached;
        NegotiationState state = NegotiationState.initial(negotiationId);
        try (PreparedStatement ps = c.prepareStatement("select envelope from ingest.events where negotiation_id = ? order by version")) {
            ps.setString(1, negotiationId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) state = Evolve.evolve(state, codec.readEnvelope(rs.getString(1)));
            }
        }
        return state;
    }

    private static long takePositions(Connection c, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update ingest.global_position set last = last + ? where id = 1 returning last")) {
            ps.setLong(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insert(Connection c, List<EventEnvelope> events, List<String> hashes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into ingest.events (position, event_id, negotiation_id, version, type, "
                + "occurred_on, recorded_at, content_hash, envelope) values (?,?,?,?,?,?,?,?,?::json)")) {
            for (int k = 0; k < events.size(); k++) {
                EventEnvelope e = events.get(k);
                ps.setLong(1, e.position());
                ps.setObject(2, e.eventId());
                ps.setString(3, e.negotiationId());
                ps.setLong(4, e.version());
                ps.setString(5, e.type());
                ps.setString(6, e.occurredOn().toString());
                ps.setTimestamp(7, Timestamp.from(e.recordedAt()));
                ps.setString(8, hashes.get(k));
                ps.setString(9, codec.write(e));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Stored envelopes (JSON) of one negotiation, from a version on. */
    public List<String> readStream(String negotiationId, long afterVersion, int limit) {
        return Transactions.read(dataSource, c -> query(c, "select envelope from ingest.events where negotiation_id = ? and version > ? "
                + "order by version limit ?", negotiationId, afterVersion, limit));
    }

    /** Stored events of all negotiations after a global position, up to {@code upTo} (inclusive), optionally filtered. */
    public List<StoredEvent> readAll(long afterPosition, long upTo, int limit, String negotiationId, List<String> types) {
        StringBuilder sql = new StringBuilder("select position, type, envelope from ingest.events where position > ? and position <= ?");
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
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(c, ps, args.toArray());
                List<StoredEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return out;
            }
        });
    }

    public long streamVersion(String negotiationId) {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select version from ingest.streams where negotiation_id = ?")) {
                ps.setString(1, negotiationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    public long head() {
        return Transactions.read(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("select last from ingest.global_position where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<String> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static void bind(Connection c, PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof List<?> list) ps.setArray(i + 1, c.createArrayOf("text", list.toArray()));
            else ps.setObject(i + 1, args[i]);
        }
    }
}
