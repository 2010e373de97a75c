package io.negotiationtracker.projection.consume;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.jdbc.CopyStream;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.platform.kafka.OffsetStore;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.ViewNotices;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.read.NegotiationReader;
import io.negotiationtracker.projection.render.Folded;
import io.negotiationtracker.projection.render.Rendering;
import io.negotiationtracker.projection.render.ReplayFolds;
import io.negotiationtracker.projection.store.ReplayWrites;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new generation as a replay, before its consumer runs: the topic is read once, up to the ends it had when the
 * replay began; every event is copied into the events table as it is read (one COPY), and each negotiation folded in
 * memory ({@link ReplayFolds}); once at the ends, the indexes are built, the negotiations folded in full that need it
 * (late events, corrections) are folded from the loaded events, every row is rendered and copied in once, and the
 * consumer's offsets (the ends), the partitions' highs and the watermark are written: all in one transaction. The
 * generation's consumer then continues from there, as after any batch.
 *
 * <p>One instance replays a generation: the transaction holds an advisory lock on it; the others wait for the lock and
 * then find the generation replayed (or, if the replaying instance died, replay it themselves). A record the replay
 * cannot read gives it up: the generation's keys are built over its empty tables and the consumer fills it alone, with
 * its dead-lettering. A failure of the database or the broker rolls everything back and the replay starts again.
 */
final class Replay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    /** The first key of the advisory lock of a generation's replay (the second is the generation). */
    private static final int LOCK_CLASS = 0x52504c59;

    private enum Outcome {
        DONE,
        LOCKED_ELSEWHERE
    }

    /** A record the replay cannot read: the consumer will read it (and dead-letter it) instead. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The replay was stopped (the service or the rebuild ends). */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final Generation generation;
    private final DataSource dataSource;
    private final Generations generations;
    private final Watermarks watermarks;
    private final EventCodec codec;
    private final NegotiationReader reader;
    private final Supplier<LocalDate> today;
    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final String consumerName;
    private final Runnable then;
    private final ReplayWrites writes = new ReplayWrites();
    private final AtomicLong records = new AtomicLong();
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> kafka;
    private Thread thread;

    Replay(
            Generation generation,
            DataSource dataSource,
            Generations generations,
            Watermarks watermarks,
            EventCodec codec,
            NegotiationReader reader,
            Supplier<LocalDate> today,
            Map<String, Object> kafkaConfig,
            String topic,
            String consumerName,
            Runnable then) {
        this.generation = generation;
        this.dataSource = dataSource;
        this.generations = generations;
        this.watermarks = watermarks;
        this.codec = codec;
        this.reader = reader;
        this.today = today;
        this.topic = topic;
        this.consumerName = consumerName;
        this.then = then;
        Map<String, Object> c = new HashMap<>(kafkaConfig);
        c.remove("group.id");
        c.put("enable.auto.commit", "false");
        c.put("isolation.level", "read_committed");
        c.put("max.poll.records", "5000");
        c.put("max.partition.fetch.bytes", Integer.toString(8 << 20));
        c.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        c.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        this.kafkaConfig = Map.copyOf(c);
    }

    Replay start() {
        thread = new Thread(this::run, "replay-g" + generation.number());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Records this replay has read so far (all of them, once it is done). */
    long records() {
        return records.get();
    }

    private void run() {
        while (running) {
            try {
                records.set(0);
                Outcome outcome = Transactions.inTransaction(dataSource, this::replay);
                if (outcome == Outcome.DONE) break;
                pause(1000);
            } catch (Unreadable e) {
                LOG.warn(
                        "generation {}: replay given up, its consumer fills it from the start: {}",
                        generation.number(),
                        e.getMessage());
                records.set(0);
                if (giveUp()) break;
            } catch (RuntimeException e) {
                if (!running) return;
                LOG.warn("generation {}: replay failed, starting again in 5 s: {}", generation.number(), e.toString());
                pause(5000);
            }
        }
        synchronized (this) {
            if (running) then.run();
        }
    }

    private boolean giveUp() {
        while (running) {
            try {
                Outcome outcome = Transactions.inTransaction(dataSource, c -> {
                    if (!locked(c)) return Outcome.LOCKED_ELSEWHERE;
                    if (!generations.replayed(c, generation)) {
                        writes.indexEmpty(c, generation);
                        generations.markReplayed(c, generation);
                    }
                    return Outcome.DONE;
                });
                if (outcome == Outcome.DONE) return true;
                pause(1000);
            } catch (RuntimeException e) {
                if (!running) return false;
                LOG.warn(
                        "generation {}: giving the replay up failed, will retry: {}",
                        generation.number(),
                        e.toString());
                pause(5000);
            }
        }
        return false;
    }

    private Outcome replay(Connection c) throws SQLException {
        if (!locked(c)) return Outcome.LOCKED_ELSEWHERE;
        if (generations.replayed(c, generation)) return Outcome.DONE;
        long began = System.nanoTime();
        // one transaction as long as the load: no statement, idle or socket limit meant for the service's short ones
        // (an index over millions of rows takes longer than a statement may); the pool resets the socket's on return
        c.setNetworkTimeout(Runnable::run, 0);
        try (Statement st = c.createStatement()) {
            st.execute("set local statement_timeout = 0");
            st.execute("set local idle_in_transaction_session_timeout = 0");
        }
        ReplayFolds folds = new ReplayFolds();
        Map<TopicPartition, Long> ends = read(c, folds);
        long loaded = System.nanoTime();
        writes.indexEvents(c, generation);
        LocalDate day = today.get();
        List<Rendering> rows =
                new ArrayList<>(folds.folded().size() + folds.toFoldInFull().size());
        long maxPosition = 0;
        for (var e : folds.folded().entrySet()) {
            Folded f = e.getValue();
            maxPosition = Math.max(maxPosition, f.lastPosition());
            rows.add(reader.rendering().render(f, day));
        }
        for (String id : folds.toFoldInFull()) {
            Rendering r = reader.render(c, generation, id, day);
            maxPosition = Math.max(maxPosition, r.lastPosition());
            rows.add(r);
        }
        writes.negotiations(c, generation, rows, Instant.now());
        saveProgress(c, ends, maxPosition);
        generations.markReplayed(c, generation);
        LOG.info(
                "generation {}: replayed {} records of {} negotiations ({} folded in full) in {} ms ({} ms reading and"
                        + " copying)",
                generation.number(),
                records.get(),
                rows.size(),
                folds.toFoldInFull().size(),
                (System.nanoTime() - began) / 1_000_000,
                (loaded - began) / 1_000_000);
        return Outcome.DONE;
    }

    /** Reads every partition to the end it had at the start, copying and folding each new event; returns the ends. */
    private Map<TopicPartition, Long> read(Connection c, ReplayFolds folds) throws SQLException {
        try (KafkaConsumer<String, String> k = new KafkaConsumer<>(kafkaConfig)) {
            kafka = k;
            if (!running) throw new Stopped();
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = k.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) for (PartitionInfo p : infos) partitions.add(new TopicPartition(topic, p.partition()));
            k.assign(partitions);
            k.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = k.endOffsets(partitions);
            Map<Integer, Long> endOf = new HashMap<>();
            ends.forEach((tp, end) -> endOf.put(tp.partition(), end));
            Set<TopicPartition> open = new HashSet<>();
            for (TopicPartition tp : partitions) if (k.position(tp) < ends.get(tp)) open.add(tp);
            k.pause(partitions.stream().filter(tp -> !open.contains(tp)).toList());
            Seen seen = new Seen();
            CopyStream copy = writes.events(c, generation);
            try {
                while (!open.isEmpty()) {
                    if (!running) throw new Stopped();
                    for (ConsumerRecord<String, String> r : k.poll(Duration.ofMillis(500))) {
                        if (r.offset() >= endOf.get(r.partition())) continue; // after the start: the consumer's
                        EventEnvelope e = readable(r);
                        records.incrementAndGet();
                        if (!seen.add(e.position())) continue; // published twice: applied once, as by the consumer
                        folds.add(e);
                        writes.event(copy, e, r.value());
                    }
                    for (TopicPartition tp : List.copyOf(open))
                        if (k.position(tp) >= ends.get(tp)) {
                            open.remove(tp);
                            k.pause(List.of(tp));
                        }
                }
                copy.finish();
            } catch (SQLException | RuntimeException e) {
                copy.cancel();
                throw e;
            }
            return ends;
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            throw new Stopped();
        } finally {
            kafka = null;
        }
    }

    /** The checks the consumer makes ({@code ProjectionHandler#apply}). */
    private EventEnvelope readable(ConsumerRecord<String, String> r) {
        try {
            EventEnvelope e = codec.readEnvelope(r.value());
            if (!e.negotiationId().equals(r.key()))
                throw new IllegalArgumentException(
                        "record key '" + r.key() + "' is not the event's negotiation '" + e.negotiationId() + "'");
            if (e.position() <= 0 || e.version() <= 0)
                throw new IllegalArgumentException("position and version must be positive");
            return e;
        } catch (RuntimeException e) {
            throw new Unreadable("partition " + r.partition() + " offset " + r.offset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The consumer's offsets at the ends read to; every partition's high raised to the highest position read (the relay
     * commits positions in order, so every lower one was on its partition before the ends were taken: the reasoning of
     * {@link CaughtUpMarks}); the watermark over them; the generation's applied position.
     */
    private void saveProgress(Connection c, Map<TopicPartition, Long> ends, long maxPosition) throws SQLException {
        if (ends.isEmpty()) return;
        OffsetStore offsets = new OffsetStore("projection", consumerName);
        offsets.reset(c);
        Map<TopicPartition, Long> none = new HashMap<>();
        ends.keySet().forEach(tp -> none.put(tp, null));
        offsets.saveFenced(c, none, ends);
        if (maxPosition == 0) return;
        Map<Integer, Long> highs = new HashMap<>();
        ends.keySet().forEach(tp -> highs.put(tp.partition(), maxPosition));
        generations.advanceApplied(c, generation, maxPosition);
        long watermark = watermarks.raise(c, generation, highs, ends.size());
        ViewNotices.applied(c, generation, watermark, List.of());
    }

    /** The generation's replay lock, held until the transaction ends; false if another instance holds it. */
    private boolean locked(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, generation.number());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            running = false;
        }
        KafkaConsumer<String, String> k = kafka;
        if (k != null) k.wakeup();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Positions already read: a bit each (positions are dense from 1), a set for any beyond an int. */
    private static final class Seen {
        private final BitSet low = new BitSet();
        private final Set<Long> high = new HashSet<>();

        boolean add(long position) {
            if (position > Integer.MAX_VALUE) return high.add(position);
            int p = (int) position;
            if (low.get(p)) return false;
            low.set(p);
            return true;
        }
    }
}
