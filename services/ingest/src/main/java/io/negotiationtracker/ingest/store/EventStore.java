package io.negotiationtracker.ingest.store;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.append.AdmittedEvent;
import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendPlan;
import io.negotiationtracker.ingest.append.AppendRequest;
import io.negotiationtracker.ingest.append.AppendStep;
import io.negotiationtracker.ingest.append.KnownEvent;
import io.negotiationtracker.ingest.append.Stored;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The PostgreSQL event store. Appends wait for the single {@link GroupCommitWriter}, which commits each group in ONE
 * transaction: read what the group touches (its eventIds already stored, its streams' versions under their row locks,
 * their folded states), let the {@link AppendStep} decide, take one range of positions, copy every new row in (one COPY;
 * each envelope's text is put together from the JSON the door serialised), set the stream versions, commit: one round
 * trip to the position counter, one COPY and one WAL flush per group. Reads go to the {@link EventTable} as they are.
 */
@Singleton
public class EventStore {
    private final DataSource dataSource;
    private final EventTable table;
    private final AppendSignal signal;
    private final FoldedStates states;
    private final GroupCommitWriter writer;
    private final DryRuns dryRuns;

    public EventStore(
            DataSource dataSource, EventTable table, EventCodec codec, AppendSignal signal, IngestLimits limits) {
        this.dataSource = dataSource;
        this.table = table;
        this.signal = signal;
        this.states = new FoldedStates(table, codec, limits.getFoldCacheSize());
        this.writer = new GroupCommitWriter(this::appendGroup, GroupCommitWriter.QUEUE_CAPACITY);
        this.dryRuns = new DryRuns(dataSource, table, codec);
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    /** Appends the events to the negotiation's stream, or says why not; waits for the group the append is committed in. */
    public AppendOutcome.Final append(
            String negotiationId, List<AdmittedEvent> events, OptionalLong expectedVersion, Instant now) {
        return writer.submit(request(negotiationId, events, expectedVersion, now));
    }

    /** What {@link #append} would answer now, and the events it would store; stores nothing (see {@link DryRuns}). */
    public DryRun dryRun(String negotiationId, List<AdmittedEvent> events, OptionalLong expectedVersion, Instant now) {
        return dryRuns.run(request(negotiationId, events, expectedVersion, now));
    }

    private AppendRequest request(
            String negotiationId, List<AdmittedEvent> events, OptionalLong expectedVersion, Instant now) {
        List<String> digests = events.stream()
                .map(e -> ContentHash.of(negotiationId, e.event(), e.json()))
                .toList();
        return new AppendRequest(
                negotiationId,
                events.stream().map(AdmittedEvent::event).toList(),
                digests,
                events.stream().map(AdmittedEvent::json).toList(),
                expectedVersion,
                now.truncatedTo(ChronoUnit.MICROS));
    }

    private record Committed(AppendPlan plan, AppendPlan.Placed placed) {}

    /** One group, one transaction (writer thread only); the fold cache and the signal learn of it once it is committed. */
    private List<AppendOutcome> appendGroup(List<AppendRequest> group) {
        Committed committed = Transactions.inTransaction(dataSource, c -> {
            AppendPlan plan = AppendStep.plan(group, readStored(c, group));
            int count = plan.newEvents();
            if (count == 0) return new Committed(plan, plan.placeAt(0));
            AppendPlan.Placed placed = plan.placeAt(table.takePositions(c, count) - count + 1);
            table.insert(c, placed.rows());
            table.setVersions(c, plan.streamVersions());
            return new Committed(plan, placed);
        });
        states.remember(committed.plan().states());
        if (committed.placed().lastPosition() > 0)
            signal.committed(committed.placed().lastPosition());
        return committed.placed().outcomes();
    }

    private Stored readStored(Connection c, List<AppendRequest> group) throws SQLException {
        Set<UUID> eventIds = group.stream()
                .flatMap(r -> r.events().stream())
                .map(ProposedEvent::eventId)
                .collect(Collectors.toSet());
        // streams first: once their locks are held, a retry committed by another instance meanwhile is found stored
        Map<String, Long> versions = table.lockStreams(
                c, group.stream().map(AppendRequest::negotiationId).collect(Collectors.toSet()));
        Map<UUID, KnownEvent> known = table.findStored(c, eventIds);
        Set<String> toFold = AppendStep.streamsToFold(group, known.keySet());
        Map<String, Long> foldAt = versions.entrySet().stream()
                .filter(v -> toFold.contains(v.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Stored(known, versions, states.at(c, foldAt));
    }

    /** Stored envelopes (JSON) of one negotiation, from a version on. */
    public List<String> readStream(String negotiationId, long afterVersion, int limit) {
        return table.readStream(negotiationId, afterVersion, limit);
    }

    /** Stored events of all negotiations after a global position, up to {@code upTo} (inclusive), optionally filtered. */
    public List<StoredEvent> readAll(
            long afterPosition, long upTo, int limit, String negotiationId, List<String> types) {
        return table.readAll(afterPosition, upTo, limit, negotiationId, types);
    }

    public long streamVersion(String negotiationId) {
        return table.streamVersion(negotiationId);
    }

    public long head() {
        return table.head();
    }
}
