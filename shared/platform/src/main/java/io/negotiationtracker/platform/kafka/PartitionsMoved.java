package io.negotiationtracker.platform.kafka;

/** The partitions of the batch being retried changed hands (or the consumer is closing): the batch is abandoned. */
final class PartitionsMoved extends RuntimeException {
    PartitionsMoved(String message) {
        super(message);
    }
}
