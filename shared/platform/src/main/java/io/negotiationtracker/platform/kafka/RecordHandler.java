package io.negotiationtracker.platform.kafka;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies one record's effect through the given connection; the caller commits it with the consumed offset. */
@FunctionalInterface
public interface RecordHandler {
    void apply(Connection connection, ConsumerRecord<String, String> record) throws SQLException;

    /**
     * Called at the start of every attempt to apply a batch or a part of one (a failed batch is retried from its first
     * record, then split in halves until the failing record is isolated): reset per-batch state.
     */
    default void beginBatch() {}

    /**
     * True (the default) when {@link #apply} writes through the connection, so a failing record must be rolled back to a
     * savepoint of its own. A handler that only reads and buffers in apply (writing in {@link #beforeCommit}) returns
     * false and saves two round trips per record.
     */
    default boolean writesPerRecord() {
        return true;
    }

    /** Called once per batch, inside its transaction, after every record was applied: for work per batch rather than per record. */
    default void beforeCommit(Connection connection) throws SQLException {}

    /** Called after a batch's transaction committed, e.g. to wake live subscribers. */
    default void afterCommit() {}

    /** Where the record's event stands in its negotiation, if the record can be read that far: kept with its dead letter. */
    default Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        return Optional.empty();
    }

    /** Called after the transaction that dead-lettered {@code record} committed (e.g. to count it). */
    default void afterDeadLetter(ConsumerRecord<String, String> record) {}
}
