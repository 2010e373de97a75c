package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalConsumer.class);
    private static final long DEAD_LETTER_RETRY_MS = 5_000;

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
    private volatile BackgroundLoop loop;
    private volatile boolean deadLettersPending = true;
    private long deadLettersTriedAt;

    public TransactionalConsumer(String name, String topic, Map<String, Object> kafkaConfig, DataSource dataSource, String schema,
                                 DeadLetters deadLetters, RecordHandler handler) {
        this.name = name;
        this.topic = topic;
        this.dataSource = dataSource;
        this.offsets = new OffsetStore(schema, name);
        this.deadLetters = deadLetters;
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
    public TransactionalConsumer maxAttempts(int attempts) {
        this.maxAttempts = attempts;
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

    private void run(BackgroundLoop loop) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            loop.onClose(consumer::wakeup);
            Session session = new Session(consumer, loop);
            consumer.subscribe(List.of(topic), session);
            while (loop.running()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                lastPoll.set(Instant.now());
                if (!records.isEmpty()) session.apply(records);
                updateLag(consumer);
                if (publishDeadLetters(loop)) loop.succeeded();
            }
        } catch (WakeupException e) {
            if (loop.running()) throw e;
        }
    }

    /** Sends dead letters left unpublished (by this run or an earlier one); false if that failed (retried after a while). */
    private boolean publishDeadLetters(BackgroundLoop loop) {
        if (!deadLettersPending) return true;
        if (deadLettersTriedAt != 0 && System.currentTimeMillis() - deadLettersTriedAt < DEAD_LETTER_RETRY_MS) return false;
        deadLettersTriedAt = System.currentTimeMillis();
        try {
            int sent = deadLetters.publishPending(dataSource, name);
            if (sent > 0) LOG.info("consumer {}: {} dead letters sent to {}", name, sent, deadLetters.topic());
            deadLettersPending = false;
            deadLettersTriedAt = 0;
            return true;
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: could not publish dead letters (will retry): {}", name, e.toString());
            loop.failed(e);
            return false;
        }
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

    /** One Kafka consumer's membership: the offsets it believes are stored for the partitions it holds. */
    private final class Session implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, String> consumer;
        private final BackgroundLoop loop;
        private final Map<TopicPartition, Long> held = new HashMap<>();
        private long rebalances;

        Session(KafkaConsumer<String, String> consumer, BackgroundLoop loop) {
            this.consumer = consumer;
            this.loop = loop;
        }

        void apply(ConsumerRecords<String, String> records) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
            records.forEach(batch::add);
            long rebalancesBefore = rebalances;
            try {
                BatchApplier.Outcome outcome = applier.apply(batch, held, (attempt, failure) -> keepAlive(attempt, failure, rebalancesBefore));
                applied.addAndGet(outcome.records());
                if (outcome.deadLettered() > 0) {
                    deadLettered.addAndGet(outcome.deadLettered());
                    deadLettersPending = true;
                    publishDeadLetters(loop);
                }
            } catch (OffsetsFenced | PartitionsMoved e) {
                LOG.warn("consumer {}: batch abandoned ({}); seeking to the stored offsets", name, e.getMessage());
                held.keySet().retainAll(consumer.assignment());
                seekToStored(consumer.assignment());
            }
        }

        /** Between two attempts: report, wait with backoff, and poll (partitions paused) to stay in the group. */
        private void keepAlive(int attempt, RuntimeException failure, long rebalancesBefore) {
            loop.failed(failure);
            long until = System.currentTimeMillis() + Math.min(200L << Math.min(attempt - 1, 5), 5_000);
            do {
                if (!loop.running()) throw new PartitionsMoved("the consumer is closing");
                consumer.pause(consumer.assignment());
                ConsumerRecords<String, String> unexpected = consumer.poll(Duration.ofMillis(Math.max(0, Math.min(100, until - System.currentTimeMillis()))));
                consumer.resume(consumer.paused());
                if (rebalances != rebalancesBefore || !unexpected.isEmpty()) throw new PartitionsMoved("partitions were reassigned during a retry");
            } while (System.currentTimeMillis() < until);
        }

        private void seekToStored(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) return;
            Map<TopicPartition, Long> saved = Transactions.read(dataSource, c -> offsets.load(c, partitions));
            for (TopicPartition tp : partitions) {
                Long offset = saved.get(tp);
                if (offset == null) consumer.seekToBeginning(List.of(tp));
                else consumer.seek(tp, offset);
                held.put(tp, offset);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            rebalances++;
            assignments.incrementAndGet();
            seekToStored(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            rebalances++;
            partitions.forEach(held::remove);
        }
    }

    /** The partitions of the batch being retried changed hands (or the consumer is closing): the batch is abandoned. */
    private static final class PartitionsMoved extends RuntimeException {
        PartitionsMoved(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        BackgroundLoop l = loop;
        if (l != null) l.close();
    }
}
