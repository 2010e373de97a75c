package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.Decide;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.RuleViolation;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The PostgreSQL event store. An append: lock the stream row, settle retries by eventId, check the expected version,
 * run {@link Decide} over the folded stream, take positions from the global counter (whose row lock, held to commit,
 * makes positions follow commit order), insert, bump the stream version. Concurrent appends are committed together by
 * one writer ({@link GroupCommitWriter}): the commit-order lock is taken once per group, just before its one insert
 * and its one WAL flush.
 */
@Singleton
public class EventStore {
    private final DataSource dataSource;
    private final EventCodec codec;
    private final AppendSignal signal;
    private final FoldCache states;
    private final GroupCommitWriter writer;

    public EventStore(DataSource dataSource, EventCodec codec, AppendSignal signal, IngestLimits limits) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.signal = signal;
        this.states = new FoldCache(limits.getFoldCacheSize());
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

    /** Marks an append that must wait for the next group (it repeats an eventId an earlier append of this group holds). */
    static final Object NEXT_GROUP = new Object();

    /** An append that passed its checks: its new events (versions assigned, positions not yet), and what was already stored. */
    private record Prepared(int index, Pending pending, long versionBefore, List<EventEnvelope> fresh, List<String> freshHashes,
                            Map<UUID, AppendedEvent> stored) {}

    /**
     * Appends a group of pending appends in ONE transaction: each is checked on its own (a refusal touches nothing
     * but its stream lock), then the group takes its positions at once, inserts all rows in one batch and commits:
     * one round trip to the position counter, one insert and one WAL flush for the whole group. Writer thread only.
     */
    List<Object> appendGroup(List<Pending> group) {
        Map<String, NegotiationState> groupStates = new HashMap<>();
        Object[] results = new Object[group.size()];
        Transactions.inTransaction(dataSource, c -> {
            Map<UUID, KnownEvent> stored = findStored(c, group);
            Map<String, Long> versions = new HashMap<>();
            Set<UUID> taken = new HashSet<>();
            List<Prepared> ready = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                Pending p = group.get(i);
                if (p.events().stream().anyMatch(e -> taken.contains(e.eventId()))) {
                    results[i] = NEXT_GROUP;
                    continue;
                }
                try {
                    Prepared prepared = prepare(c, i, p, stored, versions, groupStates);
                    if (prepared.fresh().isEmpty()) {
                        List<AppendedEvent> again = p.events().stream().map(e -> prepared.stored().get(e.eventId())).distinct().toList();
                        long versionThen = again.stream().mapToLong(AppendedEvent::version).max().orElse(prepared.versionBefore());
                        results[i] = new AppendResult(p.negotiationId(), versionThen, again);
                    } else {
                        ready.add(prepared);
                        p.events().forEach(e -> taken.add(e.eventId()));
                    }
                } catch (DuplicateEventConflict | VersionConflict | RuleRefused e) {
                    results[i] = e;
                }
            }
            if (!ready.isEmpty()) write(c, ready, versions, results);
            return null;
        });
        states.putAll(groupStates);
        long last = 0;
        for (Object r : results) if (r instanceof AppendResult a) last = Math.max(last, a.lastPosition());
        if (last > 0) signal.committed(last);
        return java.util.Arrays.asList(results);
    }

    private Prepared prepare(Connection c, int index, Pending p, Map<UUID, KnownEvent> storedInDb, Map<String, Long> versions,
                             Map<String, NegotiationState> groupStates) throws SQLException {
        String negotiationId = p.negotiationId();
        List<ProposedEvent> events = p.events();
        List<String> hashes = p.hashes();
        long current = versions.containsKey(negotiationId) ? versions.get(negotiationId) : lockStream(c, negotiationId);
        Map<UUID, AppendedEvent> stored = new HashMap<>();
        Map<UUID, String> inBatch = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            UUID id = events.get(i).eventId();
            KnownEvent existing = storedInDb.get(id);
            if (existing != null) {
                if (!existing.negotiationId().equals(negotiationId) || !existing.contentHash().equals(hashes.get(i))) throw new DuplicateEventConflict(id, i);
                stored.put(id, new AppendedEvent(id, existing.version(), existing.position(), true));
                continue;
            }
            String earlier = inBatch.putIfAbsent(id, hashes.get(i));
            if (earlier != null && !earlier.equals(hashes.get(i))) throw new DuplicateEventConflict(id, i);
            if (earlier == null) fresh.add(i);
        }
        if (fresh.isEmpty()) return new Prepared(index, p, current, List.of(), List.of(), stored);
        if (p.expected().isPresent() && p.expected().getAsLong() != current) throw new VersionConflict(p.expected().getAsLong(), current);

        NegotiationState state = stateAt(c, negotiationId, current, groupStates);
        List<EventEnvelope> envelopes = new ArrayList<>();
        long version = current;
        for (int i : fresh) {
            ProposedEvent e = events.get(i);
            RuleViolation violation = Decide.decide(state, e).orElse(null);
            if (violation != null) throw new RuleRefused(violation, i);
            EventEnvelope envelope = e.stored(negotiationId, ++version, 0, p.recordedAt());
            state = Evolve.evolve(state, envelope);
            envelopes.add(envelope);
        }
        groupStates.put(negotiationId, state);
        versions.put(negotiationId, version);
        return new Prepared(index, p, current, envelopes, fresh.stream().map(hashes::get).toList(), stored);
    }

    /** Positions for the whole group (in the order the appends were checked), one batch insert, the new stream versions. */
    private void write(Connection c, List<Prepared> ready, Map<String, Long> versions, Object[] results) throws SQLException {
        int total = ready.stream().mapToInt(r -> r.fresh().size()).sum();
        long position = takePositions(c, total) - total + 1;
        List<EventEnvelope> rows = new ArrayList<>(total);
        List<String> hashes = new ArrayList<>(total);
        for (Prepared r : ready) {
            Map<UUID, AppendedEvent> answer = new HashMap<>(r.stored());
            for (int k = 0; k < r.fresh().size(); k++) {
                EventEnvelope e = r.fresh().get(k);
                EventEnvelope positioned = new EventEnvelope(e.eventId(), e.negotiationId(), e.type(), e.version(), position++, e.occurredOn(),
                        e.recordedAt(), e.sources(), e.confidence(), e.links(), e.data());
                rows.add(positioned);
                hashes.add(r.freshHashes().get(k));
                answer.put(e.eventId(), new AppendedEvent(e.eventId(), e.version(), positioned.position(), false));
            }
            long streamVersion = r.versionBefore() + r.fresh().size();
            results[r.index()] = new AppendResult(r.pending().negotiationId(), streamVersion,
                    r.pending().events().stream().map(e -> answer.get(e.eventId())).distinct().toList());
        }
        insert(c, rows, hashes);
        try (PreparedStatement ps = c.prepareStatement("update ingest.streams set version = ? where negotiation_id = ?")) {
            for (var v : versions.entrySet()) {
                ps.setLong(1, v.getValue());
                ps.setString(2, v.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
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

    /** What the store already holds of the group's eventIds, in one query. */
    private Map<UUID, KnownEvent> findStored(Connection c, List<Pending> group) throws SQLException {
        Map<UUID, KnownEvent> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id, negotiation_id, version, position, content_hash from ingest.events "
                + "where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", group.stream().flatMap(p -> p.events().stream()).map(ProposedEvent::eventId).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new KnownEvent(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
                }
            }
        }
        return found;
    }

    /** An event already in the store, as the idempotency check needs it. */
    private record KnownEvent(String negotiationId, long version, long position, String contentHash) {}

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
