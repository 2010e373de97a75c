package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a polled batch so that no single record can stop the consumer: the batch commits in one transaction with its
 * offsets (fenced, see {@link OffsetStore#saveFenced}); a batch that keeps failing is split in halves, each applied in a
 * transaction of its own, until the failing record is alone: after its own attempts it is dead-lettered (in a
 * transaction with its offset) and the consumer moves on. Transient and systemic database failures are retried without
 * end (nothing is wrong with the records; see {@link FailureCause}). Between attempts the caller keeps the consumer polling (see {@link Retrying}).
 */
final class BatchApplier {
    private static final Logger LOG = LoggerFactory.getLogger(BatchApplier.class);

    /** What the consumer does between two attempts: wait, keep its group membership, give up if it lost partitions. */
    interface Retrying {
        void between(int attempt, RuntimeException failure);
    }

    private final String name;
    private final javax.sql.DataSource dataSource;
    private final OffsetStore offsets;
    private final DeadLetters deadLetters;
    private final RecordHandler handler;
    private final int maxAttempts;

    BatchApplier(
            String name,
            javax.sql.DataSource dataSource,
            OffsetStore offsets,
            DeadLetters deadLetters,
            RecordHandler handler,
            int maxAttempts) {
        this.name = name;
        this.dataSource = dataSource;
        this.offsets = offsets;
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    /** What a committed part did: records applied (or dead-lettered), and how many were dead-lettered. */
    record Outcome(int records, int deadLettered) {
        Outcome plus(Outcome o) {
            return new Outcome(records + o.records, deadLettered + o.deadLettered);
        }
    }

    /**
     * Applies {@code batch}; {@code stored} holds the offset this consumer believes is stored for each partition it holds
     * (null: no row yet) and is moved on as parts commit. Throws {@link OffsetsFenced} when another consumer moved an offset.
     */
    Outcome apply(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, Long> stored, Retrying retrying) {
        return applyPart(batch, stored, retrying, maxAttempts);
    }

    private Outcome applyPart(
            List<ConsumerRecord<String, String>> part,
            Map<TopicPartition, Long> stored,
            Retrying retrying,
            int attempts) {
        int failed = 0;
        while (true) {
            try {
                return commit(part, stored);
            } catch (OffsetsFenced e) {
                throw e;
            } catch (RuntimeException e) {
                if (!FailureCause.of(e).isolatable()) {
                    LOG.warn(
                            "consumer {}: {} records failed on a {} error, retrying: {}",
                            name,
                            part.size(),
                            FailureCause.of(e),
                            e.toString());
                    retrying.between(++failed, e);
                    continue;
                }
                if (++failed < attempts) {
                    LOG.warn(
                            "consumer {}: {} records failed (attempt {} of {}): {}",
                            name,
                            part.size(),
                            failed,
                            attempts,
                            e.toString());
                    retrying.between(failed, e);
                    continue;
                }
                if (part.size() == 1) return deadLetterAlone(part.get(0), e, stored);
                LOG.warn(
                        "consumer {}: {} records keep failing ({}); applying them in halves to isolate the failing record",
                        name,
                        part.size(),
                        e.toString());
                int half = part.size() / 2;
                Outcome first = applyPart(part.subList(0, half), stored, retrying, half == 1 ? maxAttempts : 1);
                return first.plus(applyPart(
                        part.subList(half, part.size()), stored, retrying, part.size() - half == 1 ? maxAttempts : 1));
            }
        }
    }

    private Outcome commit(List<ConsumerRecord<String, String>> part, Map<TopicPartition, Long> stored) {
        Map<TopicPartition, Long> next = nextOffsets(part);
        List<ConsumerRecord<String, String>> deadLettered = new ArrayList<>();
        Transactions.inTransaction(dataSource, c -> {
            handler.beginBatch();
            for (ConsumerRecord<String, String> record : part) applyOne(c, record, deadLettered);
            handler.beforeCommit(c);
            offsets.saveFenced(c, stored, next);
            return null;
        });
        stored.putAll(next);
        deadLettered.forEach(this::afterDeadLetter);
        try {
            handler.afterCommit();
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: after-commit notification failed: {}", name, e.toString());
        }
        return new Outcome(part.size(), deadLettered.size());
    }

    private void applyOne(
            Connection c, ConsumerRecord<String, String> record, List<ConsumerRecord<String, String>> deadLettered)
            throws SQLException {
        if (!handler.writesPerRecord()) {
            try {
                handler.apply(c, record);
            } catch (RuntimeException e) {
                deadLetter(c, record, e, deadLettered);
            }
            return;
        }
        Savepoint sp = c.setSavepoint();
        try {
            handler.apply(c, record);
            c.releaseSavepoint(sp);
        } catch (SQLException | RuntimeException e) {
            if (!FailureCause.of(e).isolatable()) throw e;
            c.rollback(sp);
            deadLetter(c, record, e, deadLettered);
        }
    }

    private void deadLetter(
            Connection c,
            ConsumerRecord<String, String> record,
            Exception e,
            List<ConsumerRecord<String, String>> deadLettered)
            throws SQLException {
        LOG.warn(
                "consumer {}: dead-lettering {}/{}/{}: {}",
                name,
                record.topic(),
                record.partition(),
                record.offset(),
                e.toString());
        deadLetters.record(c, name, record, e, locate(record));
        deadLettered.add(record);
    }

    private Outcome deadLetterAlone(
            ConsumerRecord<String, String> record, RuntimeException reason, Map<TopicPartition, Long> stored) {
        LOG.warn(
                "consumer {}: dead-lettering {}/{}/{} after {} attempts: {}",
                name,
                record.topic(),
                record.partition(),
                record.offset(),
                maxAttempts,
                reason.toString());
        Map<TopicPartition, Long> next = nextOffsets(List.of(record));
        Transactions.inTransaction(dataSource, c -> {
            deadLetters.record(c, name, record, rootCause(reason), locate(record));
            offsets.saveFenced(c, stored, next);
            return null;
        });
        stored.putAll(next);
        afterDeadLetter(record);
        return new Outcome(1, 1);
    }

    private java.util.Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        try {
            return handler.locate(record);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void afterDeadLetter(ConsumerRecord<String, String> record) {
        try {
            handler.afterDeadLetter(record);
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: after-dead-letter notification failed: {}", name, e.toString());
        }
    }

    /** The database's own words rather than the wrapper's (e.g. PSQLException: invalid byte sequence ...). */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static Map<TopicPartition, Long> nextOffsets(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, String> r : records)
            next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max);
        return next;
    }
}
