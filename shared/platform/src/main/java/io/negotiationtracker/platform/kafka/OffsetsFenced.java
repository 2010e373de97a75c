package io.negotiationtracker.platform.kafka;

/** The stored offset of a partition is not where this consumer left it: another consumer took the partition over. */
public final class OffsetsFenced extends RuntimeException {
    public OffsetsFenced(String message) {
        super(message);
    }
}
