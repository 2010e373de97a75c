package io.negotiationtracker.platform.outbox;

/** One row of a service's outbox, as {@link OutboxRelay} needs to see it. */
public interface OutboxRow {
    /**
     * The row's place in the outbox: gap-free and visible in commit order, so a reader that follows
     * {@code position > last} never skips a row that commits late.
     */
    long position();

    /** Decides the partition: the rows of one key stay in order on one partition. */
    String key();

    /** Names the row to an operator: readiness details and the log of a stall. */
    String id();

    /** The row in the ERROR log of a relay stopped on it; it starts with "position N", which operators search for. */
    default String describe() {
        return "position " + position() + " (" + id() + ", key " + key() + ")";
    }
}
