package io.negotiationtracker.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.negotiationtracker.platform.BackgroundLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A poll loop with an exactly-once effect: each polled batch is applied, and its offsets saved (fenced against a
 * consumer that lost the partitions), in ONE PostgreSQL transaction; on assignment the consumer seeks to the saved
 * offsets. No record can stop it: a failing record is isolated and dead-lettered ({@link BatchApplier}); dead letters
 * are published after commit ({@link DeadLetters#publishPending}). The loop runs on a {@link BackgroundLoop}: any error
 * out of it (e.g. loading offsets on assignment) closes the Kafka consumer and starts a new one after a backoff, and is
 * reported to readiness. While a batch is retried the consumer keeps polling (its partitions paused), so Kafka does not
 * give its partitions away for exceeding max.poll.interval.ms; if they are given away anyway, the batch is abandoned.
 */
public final class TransactionalConsumer implements AutoCloseable {
    private volatile MeterRegistry meters;
    private final String name;
    private final String topic;
    private final DataSource dataSource;
    private final OffsetStore offsets;
    private final DeadLetters deadLetters;
    private final RecordHandler handler;
    private int maxAttempts = 3;
    private BatchApplier applier;
    private final Map<String, Object> config;
    private final AtomicLong lag = new AtomicLong(-1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong assignments = new AtomicLong();
    private final AtomicReference<Instant> lastPoll = new AtomicReference<>(Instant.EPOCH);
    private final DeadLetterSender deadLetterSender;
    private volatile BackgroundLoop loop;
    private CaughtUpCheck caughtUp;

    public TransactionalConsumer(
            String name,
            String topic,
            Map<String, Object> kafkaConfig,
            DataSource dataSource,
            String schema,
            DeadLetters deadLetters,
            RecordHandler handler) {
        this.name = name;
        this.topic = topic;
        this.dataSource = dataSource;
        this.offsets = new OffsetStore(schema, name);
        this.deadLetters = deadLetters;
        this.deadLetterSender = new DeadLetterSender(name, dataSource, deadLetters);
        Map<String, Object> c = new HashMap<>(kafkaConfig);
        c.put("group.id", name);
        c.put("enable.auto.commit", "false");
        c.put("auto.offset.reset", "earliest");
        c.put("isolation.level", "read_committed");
        c.putIfAbsent("max.poll.records", "1000");
        c.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        c.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        this.config = Map.copyOf(c);
        this.handler = handler;
    }

    /** How often a failing batch, and then a failing record, is tried before it is split or dead-lettered (default 3). */
    /** Puts the consumer's own metrics (Kafka's: lag, fetch and commit rates...) in {@code meters}, tagged with its name. */
    public TransactionalConsumer meters(MeterRegistry meters) {
        this.meters = meters;
        return this;
    }

    public TransactionalConsumer maxAttempts(int attempts) {
        this.maxAttempts = attempts;
        return this;
    }

    /** Tells {@code watch}, at most every {@code every}, which partitions are applied to their end ({@link CaughtUpWatch}). */
    public TransactionalConsumer watchCaughtUp(CaughtUpWatch watch, Duration every) {
        this.caughtUp = new CaughtUpCheck(watch, every);
        return this;
    }

    public TransactionalConsumer start() {
        applier = new BatchApplier(name, dataSource, offsets, deadLetters, handler, maxAttempts);
        loop = BackgroundLoop.start("consumer-" + name, this::run);
        return this;
    }

    public String name() {
        return name;
    }

    /** Records not yet consumed, summed over the assigned partitions; -1 before the first poll. */
    public long lag() {
        return lag.get();
    }

    public long applied() {
        return applied.get();
    }

    /** Records this process dead-lettered (committed). */
    public long deadLettered() {
        return deadLettered.get();
    }

    /** How often partitions were assigned to this consumer (1 while it keeps its first assignment). */
    public long assignments() {
        return assignments.get();
    }

    public Instant lastPoll() {
        return lastPoll.get();
    }

    /** The loop is open and its thread alive (it restarts the Kafka consumer after errors). */
    public boolean isRunning() {
        BackgroundLoop l = loop;
        return l != null && l.alive();
    }

    private KafkaClientMetrics bindMetrics(KafkaConsumer<String, String> consumer) {
        MeterRegistry registry = meters;
        if (registry == null) return null;
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer, Tags.of("consumer", name));
        metrics.bindTo(registry);
        return metrics;
    }

    private void run(BackgroundLoop loop) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
                KafkaClientMetrics clientMetrics = bindMetrics(consumer)) {
            loop.onClose(consumer::wakeup);
            ConsumerSession session = new ConsumerSession(
                    name,
                    consumer,
                    loop,
                    applier,
                    dataSource,
                    offsets,
                    outcome -> applied(outcome, loop),
                    assignments::incrementAndGet);
            consumer.subscribe(List.of(topic), session);
            while (loop.running()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                lastPoll.set(Instant.now());
                if (!records.isEmpty()) session.apply(records);
                updateLag(consumer);
                if (caughtUp != null) caughtUp.run(consumer, topic);
                if (deadLetterSender.sendPending(loop)) loop.succeeded();
            }
        } catch (WakeupException e) {
            if (loop.running()) throw e;
        }
    }

    /** A batch committed: count it, and send at once what it dead-lettered. */
    private void applied(BatchApplier.Outcome outcome, BackgroundLoop loop) {
        applied.addAndGet(outcome.records());
        if (outcome.deadLettered() == 0) return;
        deadLettered.addAndGet(outcome.deadLettered());
        deadLetterSender.pending();
        deadLetterSender.sendPending(loop);
    }

    private void updateLag(KafkaConsumer<String, String> consumer) {
        if (consumer.assignment().isEmpty()) return;
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            var l = consumer.currentLag(tp);
            if (l.isEmpty()) return;
            total += l.getAsLong();
        }
        lag.set(total);
    }

    @Override
    public void close() {
        BackgroundLoop l = loop;
        if (l != null) l.close();
    }
}
