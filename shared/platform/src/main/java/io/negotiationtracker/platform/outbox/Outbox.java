package io.negotiationtracker.platform.outbox;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What one service tells {@link OutboxRelay} about its outbox: how to read the rows after a position, how a row looks
 * on the topic, and how far publishing has got. The relay owns the rest (leadership, backoff, the topic, the restart
 * rule, stalls), so that every outbox of the project is published by the same, tested loop.
 */
public interface Outbox<R extends OutboxRow> {
    /** The next rows after {@code position}, in position order: one batch, published in one Kafka transaction. */
    List<R> after(long position);

    /**
     * The row as a record on {@code partition} (chosen by the relay from the row's key). It must carry the row's
     * position in the header {@link OutboxTopic#positionHeader()}: the restart rule reads it back from the topic.
     */
    ProducerRecord<String, String> record(String topic, int partition, R row);

    /** The last position known published: every row at or below it is on the topic. */
    long published();

    /** Every row up to {@code upTo} is on the topic; never moves back (a deposed leader saving late undoes nothing). */
    void markPublished(long upTo);

    /** The last position stored: what the relay's lag is measured against. */
    long head();

    /**
     * Returns once a row beyond {@code position} may have been stored, or after a short while: commits of this process
     * wake it at once, rows of other instances are found by polling.
     */
    void awaitBeyond(long position) throws InterruptedException;

    /** Called once per leadership term after the topic is ensured: a chance to warn about an existing topic's settings. */
    default void checkTopic(String topic) {}
}
