package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * A poll loop with an exactly-once effect: each polled batch is applied, and its offsets saved, in ONE PostgreSQL
 * transaction; on assignment the consumer seeks to the saved offsets. A record that fails is rolled back to its
 * savepoint and dead-lettered; the loop goes on.
 */
public final class TransactionalConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalConsumer.class);

    private final String name;
    private final String topic;
    private final DataSource dataSource;
    private final OffsetStore offsets;
    private final DeadLetters deadLetters;
    private final RecordHandler handler;
    private final KafkaConsumer<String, String> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong lag = new AtomicLong(-1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicReference<Instant> lastPoll = new AtomicReference<>(Instant.EPOCH);
    private final Thread thread;

    public TransactionalConsumer(String name, String topic, Map<String, Object> kafkaConfig, DataSource dataSource, String schema,
                                 DeadLetters deadLetters, RecordHandler handler) {
        this.name = name;
        this.topic = topic;
        this.dataSource = dataSource;
        this.offsets = new OffsetStore(schema, name);
        this.deadLetters = deadLetters;
        this.handler = handler;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put("group.id", name);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.put("isolation.level", "read_committed");
        config.putIfAbsent("max.poll.records", "1000");
        config.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        config.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        this.consumer = new KafkaConsumer<>(config);
        this.thread = new Thread(this::run, "consumer-" + name);
        this.thread.setDaemon(true);
    }

    public TransactionalConsumer start() {
        thread.start();
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

    public Instant lastPoll() {
        return lastPoll.get();
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new SeekToStoredOffsets());
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                lastPoll.set(Instant.now());
                if (!records.isEmpty()) applyBatch(records);
                updateLag();
            }
        } catch (WakeupException e) {
            if (running.get()) throw e;
        } catch (RuntimeException e) {
            LOG.error("consumer {} stopped on an error it cannot skip", name, e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void applyBatch(ConsumerRecords<String, String> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        while (true) {
            try {
                Transactions.inTransaction(dataSource, c -> {
                    handler.beginBatch();
                    for (ConsumerRecord<String, String> record : records) {
                        applyOne(c, record);
                        next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    }
                    handler.beforeCommit(c);
                    offsets.save(c, next);
                    return null;
                });
            } catch (RuntimeException e) {
                if (!running.get()) return;
                LOG.warn("consumer {}: batch failed, retrying from its first record: {}", name, e.getMessage());
                sleep(1000);
                continue;
            }
            break;
        }
        // Committed: what follows must never make the batch run again.
        applied.addAndGet(records.count());
        try {
            handler.afterCommit();
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: after-commit notification failed: {}", name, e.toString());
        }
    }

    private void applyOne(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        if (!handler.writesPerRecord()) {
            applyBuffered(c, record);
            return;
        }
        Savepoint sp = c.setSavepoint();
        try {
            handler.apply(c, record);
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            if (isTransient(e)) throw e;
            c.rollback(sp);
            deadLetters.record(c, name, record, e);
        } catch (RuntimeException e) {
            c.rollback(sp);
            LOG.warn("consumer {}: dead-lettering {}/{}/{}: {}", name, record.topic(), record.partition(), record.offset(), e.toString());
            deadLetters.record(c, name, record, e);
        }
    }

    private void applyBuffered(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        try {
            handler.apply(c, record);
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: dead-lettering {}/{}/{}: {}", name, record.topic(), record.partition(), record.offset(), e.toString());
            deadLetters.record(c, name, record, e);
        }
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57");
    }

    private void updateLag() {
        if (consumer.assignment().isEmpty()) return;
        long total = 0;
        for (TopicPartition tp : consumer.assignment()) {
            var l = consumer.currentLag(tp);
            if (l.isEmpty()) return;
            total += l.getAsLong();
        }
        lag.set(total);
    }

    private class SeekToStoredOffsets implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> stored = Transactions.read(dataSource, c -> offsets.load(c, partitions));
            for (TopicPartition tp : partitions) {
                Long offset = stored.get(tp);
                if (offset == null) consumer.seekToBeginning(List.of(tp));
                else consumer.seek(tp, offset);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
