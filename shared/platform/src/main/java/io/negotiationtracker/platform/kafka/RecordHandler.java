package io.negotiationtracker.platform.kafka;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies one record's effect through the given connection; the caller commits it with the consumed offset. */
@FunctionalInterface
public interface RecordHandler {
    void apply(Connection connection, ConsumerRecord<String, String> record) throws SQLException;

    /** Called once per batch, inside its transaction, after every record was applied: for work per batch rather than per record. */
    default void beforeCommit(Connection connection) throws SQLException {}

    /** Called after a batch's transaction committed, e.g. to wake live subscribers. */
    default void afterCommit() {}
}
