package io.negotiationtracker.projection.consume;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.EventLocation;
import io.negotiationtracker.platform.kafka.RecordHandler;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.ViewNotices;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.read.NegotiationReader;
import io.negotiationtracker.projection.render.FoldCache;
import io.negotiationtracker.projection.render.Folded;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.Rendering;
import io.negotiationtracker.projection.store.EventRows;
import io.negotiationtracker.projection.store.NegotiationWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies a batch of events to one generation's views in the consumer's transaction. apply() only reads and checks a
 * record (a bad one is dead-lettered by the caller; one that fails later, while the batch is written or rendered, is
 * isolated by the caller splitting the batch and then dead-lettered); beforeCommit() inserts the batch's events in one
 * statement (a redelivered position is skipped) and updates each touched negotiation once, folded and rendered through
 * the read path ({@link NegotiationReader#foldWithNew}). While the consumer is far behind ({@link Freshness#rendersNow}),
 * rendering is deferred to {@link StaleRenderer}. The same transaction raises the generation's watermark from the
 * partitions it applied ({@link Watermarks}) and tells every instance what changed ({@link ViewNotices}, on commit).
 */
final class ProjectionHandler implements RecordHandler {
    private final Generation generation;
    private final Generations generations;
    private final Watermarks watermarks;
    private final EventCodec codec;
    private final NegotiationReader reader;
    private final EventRows events;
    private final NegotiationWrites negotiations = new NegotiationWrites();
    private final FoldCache cache;
    private final Supplier<LocalDate> today;
    private final FoldCounters counters;
    private final BatchListener listener;
    private final long renderLagLimit;
    private final List<EventRows.Incoming> batch = new ArrayList<>();
    private final Map<Integer, Long> highs = new HashMap<>();
    private volatile LongSupplier lag = () -> -1;

    ProjectionHandler(
            Generation generation,
            Generations generations,
            Watermarks watermarks,
            EventCodec codec,
            NegotiationReader reader,
            Supplier<LocalDate> today,
            ProjectionSettings settings,
            FoldCounters counters,
            BatchListener listener) {
        this.generation = generation;
        this.generations = generations;
        this.watermarks = watermarks;
        this.codec = codec;
        this.reader = reader;
        this.events = new EventRows(codec);
        this.cache = new FoldCache(settings.foldCacheSize());
        this.today = today;
        this.renderLagLimit = settings.renderLagLimit();
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
        highs.clear();
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) {
        EventEnvelope e = codec.readEnvelope(record.value());
        if (!e.negotiationId().equals(record.key()))
            throw new IllegalArgumentException(
                    "record key '" + record.key() + "' is not the event's negotiation '" + e.negotiationId() + "'");
        if (e.position() <= 0 || e.version() <= 0)
            throw new IllegalArgumentException(
                    "position and version must be positive (got " + e.position() + ", " + e.version() + ")");
        batch.add(new EventRows.Incoming(e, record.value()));
        highs.merge(record.partition(), e.position(), Math::max);
    }

    @Override
    public Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        return EventLocation.read(record.value());
    }

    @Override
    public void afterDeadLetter(ConsumerRecord<String, String> record) {
        listener.deadLettered(1);
    }

    @Override
    public void beforeCommit(Connection c) throws SQLException {
        if (batch.isEmpty()) return;
        Map<String, List<EventEnvelope>> fresh = new LinkedHashMap<>();
        for (EventEnvelope e : events.insertNew(c, generation, batch))
            fresh.computeIfAbsent(e.negotiationId(), k -> new ArrayList<>()).add(e);
        long maxPosition =
                batch.stream().mapToLong(i -> i.event().position()).max().orElse(0);
        if (!fresh.isEmpty()) {
            if (Freshness.rendersNow(lag.getAsLong(), renderLagLimit)) render(c, fresh);
            else defer(c, fresh);
        }
        generations.advanceApplied(c, generation, maxPosition);
        long watermark = watermarks.raise(c, generation, highs, 0);
        ViewNotices.applied(c, generation, watermark, fresh.keySet());
    }

    @Override
    public void afterCommit() {
        cache.commit();
    }

    private void render(Connection c, Map<String, List<EventEnvelope>> fresh) throws SQLException {
        Map<String, Long> stored = negotiations.lastPositions(c, generation, fresh.keySet());
        LocalDate day = today.get();
        List<Rendering> rows = new ArrayList<>(fresh.size());
        for (var entry : fresh.entrySet()) {
            Folded folded = reader.foldWithNew(
                    c, generation, entry.getKey(), entry.getValue(), stored.get(entry.getKey()), cache, counters);
            cache.stage(entry.getKey(), folded);
            rows.add(reader.rendering().render(folded, day));
        }
        negotiations.upsertRendered(c, generation, rows);
    }

    /** Records how far each negotiation got (title, version, position) without folding it; its cached fold is dropped. */
    private void defer(Connection c, Map<String, List<EventEnvelope>> fresh) throws SQLException {
        List<NegotiationWrites.Deferred> rows = new ArrayList<>(fresh.size());
        for (var entry : fresh.entrySet()) {
            String title = null;
            long version = 0;
            long position = 0;
            for (EventEnvelope e : entry.getValue()) {
                if (e.data() instanceof NegotiationOpened o) title = o.title();
                version = Math.max(version, e.version());
                position = Math.max(position, e.position());
            }
            rows.add(new NegotiationWrites.Deferred(entry.getKey(), title, version, position));
            cache.stageDrop(entry.getKey());
        }
        negotiations.upsertDeferred(c, generation, rows);
    }
}
