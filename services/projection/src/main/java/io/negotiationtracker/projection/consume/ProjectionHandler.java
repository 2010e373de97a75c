package io.negotiationtracker.projection.consume;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.EventLocation;
import io.negotiationtracker.platform.kafka.RecordHandler;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.store.EventRows;
import io.negotiationtracker.projection.store.NegotiationRows;
import io.negotiationtracker.projection.store.RenderedRow;
import io.negotiationtracker.projection.store.StatusRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies a batch of events to one generation's views in the consumer's transaction. apply() only reads and checks a
 * record (a bad one is dead-lettered by the caller; one that fails later, while the batch is written or rendered, is
 * isolated by the caller splitting the batch and then dead-lettered); beforeCommit() inserts the batch's events in one statement (a
 * redelivered position is skipped) and updates each touched negotiation once: evolving its cached state when the new
 * events come after what it folded in world order, re-folding it from its stored events when one arrived late.
 * While the consumer is far behind (lag above renderLagLimit), rendering is deferred to {@link StaleRenderer}.
 */
final class ProjectionHandler implements RecordHandler {
    private static final Comparator<EventEnvelope> WORLD_ORDER =
            Comparator.comparing((EventEnvelope e) -> e.occurredOn().earliest()).thenComparingLong(EventEnvelope::version);

    private final Generation generation;
    private final Generations generations;
    private final EventCodec codec;
    private final EventRows events;
    private final NegotiationRows negotiations = new NegotiationRows();
    private final StatusRenderer renderer;
    private final FoldCache cache;
    private final Supplier<LocalDate> today;
    private final FoldCounters counters;
    private final BatchListener listener;
    private final long renderLagLimit;
    private final List<EventRows.Incoming> batch = new ArrayList<>();
    private volatile LongSupplier lag = () -> -1;
    private Set<String> changed = Set.of();
    private long maxPosition;

    ProjectionHandler(Generation generation, Generations generations, EventCodec codec, Supplier<LocalDate> today, int cacheSize,
                      long renderLagLimit, FoldCounters counters, BatchListener listener) {
        this.generation = generation;
        this.generations = generations;
        this.codec = codec;
        this.events = new EventRows(codec);
        this.renderer = new StatusRenderer(codec);
        this.cache = new FoldCache(cacheSize);
        this.today = today;
        this.renderLagLimit = renderLagLimit;
        this.counters = counters;
        this.listener = listener;
    }

    void lagFrom(LongSupplier lag) {
        this.lag = lag;
    }

    @Override
    public boolean writesPerRecord() {
        return false;
    }

    @Override
    public void beginBatch() {
        batch.clear();
        cache.discard();
        changed = Set.of();
        maxPosition = 0;
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) {
        EventEnvelope e = codec.readEnvelope(record.value());
        if (!e.negotiationId().equals(record.key()))
            throw new IllegalArgumentException("record key '" + record.key() + "' is not the event's negotiation '" + e.negotiationId() + "'");
        if (e.position() <= 0 || e.version() <= 0)
            throw new IllegalArgumentException("position and version must be positive (got " + e.position() + ", " + e.version() + ")");
        batch.add(new EventRows.Incoming(e, record.value()));
    }

    @Override
    public Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        return EventLocation.read(record.value());
    }

    @Override
    public void afterDeadLetter(ConsumerRecord<String, String> record) {
        listener.committed(Set.of(), 0, 1);
    }

    @Override
    public void beforeCommit(Connection c) throws SQLException {
        if (batch.isEmpty()) return;
        Map<String, List<EventEnvelope>> fresh = new LinkedHashMap<>();
        for (EventEnvelope e : events.insertNew(c, generation, batch)) fresh.computeIfAbsent(e.negotiationId(), k -> new ArrayList<>()).add(e);
        maxPosition = batch.stream().mapToLong(i -> i.event().position()).max().orElse(0);
        if (!fresh.isEmpty()) {
            long behind = lag.getAsLong();
            if (behind >= 0 && behind <= renderLagLimit) render(c, fresh);
            else defer(c, fresh);
        }
        generations.advanceApplied(c, generation, maxPosition);
        changed = Set.copyOf(fresh.keySet());
    }

    @Override
    public void afterCommit() {
        cache.commit();
        listener.committed(changed, maxPosition, 0);
    }

    private void render(Connection c, Map<String, List<EventEnvelope>> fresh) throws SQLException {
        Map<String, Long> stored = negotiations.lastPositions(c, generation, fresh.keySet());
        LocalDate day = today.get();
        List<RenderedRow> rows = new ArrayList<>(fresh.size());
        for (var entry : fresh.entrySet()) {
            FoldCache.Folded folded = fold(c, entry.getKey(), entry.getValue(), stored.get(entry.getKey()));
            cache.stage(entry.getKey(), folded);
            rows.add(renderer.render(folded.state(), folded.lastPosition(), day));
        }
        negotiations.upsertRendered(c, generation, rows);
    }

    private FoldCache.Folded fold(Connection c, String id, List<EventEnvelope> fresh, Long storedLast) throws SQLException {
        List<EventEnvelope> sorted = new ArrayList<>(fresh);
        sorted.sort(WORLD_ORDER);
        long last = Math.max(storedLast == null ? 0 : storedLast, sorted.stream().mapToLong(EventEnvelope::position).max().orElse(0));
        FoldCache.Folded cached = cache.get(id);
        List<EventEnvelope> input;
        NegotiationState state;
        if (storedLast == null) {
            input = sorted;
            state = Evolve.fold(id, input);
            counters.fullFold();
        } else if (cached != null && cached.lastPosition() == storedLast && cached.precedes(sorted.get(0))) {
            input = sorted;
            state = cached.state();
            for (EventEnvelope e : input) state = Evolve.evolve(state, e);
            counters.incremental();
        } else {
            input = events.read(c, generation, id, null, null);
            state = Evolve.fold(id, input);
            counters.fullFold();
        }
        EventEnvelope lastInWorldOrder = input.isEmpty() ? sorted.get(sorted.size() - 1) : input.get(input.size() - 1);
        return new FoldCache.Folded(state, last, lastInWorldOrder.occurredOn().earliest(), lastInWorldOrder.version());
    }

    private void defer(Connection c, Map<String, List<EventEnvelope>> fresh) throws SQLException {
        List<NegotiationRows.Deferred> rows = new ArrayList<>(fresh.size());
        for (var entry : fresh.entrySet()) {
            String title = null;
            long version = 0;
            long position = 0;
            for (EventEnvelope e : entry.getValue()) {
                if (e.data() instanceof NegotiationOpened o) title = o.title();
                version = Math.max(version, e.version());
                position = Math.max(position, e.position());
            }
            rows.add(new NegotiationRows.Deferred(entry.getKey(), title, version, position));
            cache.stageDrop(entry.getKey());
        }
        negotiations.upsertDeferred(c, generation, rows);
    }
}
