package io.negotiationtracker.ingest.store;

/** The writer expected another stream version: nothing was stored. */
public class VersionConflict extends RuntimeException {
    private final long expected;
    private final long current;

    public VersionConflict(long expected, long current) {
        super("expected version " + expected + " but the stream is at version " + current);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
