package io.negotiationtracker.bench.e2e;

/**
 * When each send of an open-loop run is due: send {@code i} at {@code start + i / perSecond} seconds, whatever happened
 * to the sends before it (the clock, not the answers, sets the pace, so a slow answer cannot hold later sends back and
 * hide their wait: no coordinated omission). Latencies are measured from these intended times. The first
 * {@code warmUpNanos} of sends go out but are not recorded.
 */
public record OpenLoopSchedule(long startNanos, int perSecond, long warmUpNanos, long recordedNanos) {
    private static final long SECOND = 1_000_000_000L;

    public OpenLoopSchedule {
        if (perSecond <= 0) throw new IllegalArgumentException("rate must be positive: " + perSecond);
        if (warmUpNanos < 0 || recordedNanos <= 0) throw new IllegalArgumentException("durations must be positive");
    }

    /** All sends of the run, warm-up included. */
    public long sends() {
        return Math.multiplyExact(warmUpNanos + recordedNanos, (long) perSecond) / SECOND;
    }

    public long intendedStart(long i) {
        return startNanos + Math.multiplyExact(i, SECOND) / perSecond;
    }

    /** The first send whose intended start is at or after the end of the warm-up. */
    public long firstRecorded() {
        return ceilDiv(Math.multiplyExact(warmUpNanos, (long) perSecond), SECOND);
    }

    public boolean recorded(long i) {
        return i >= firstRecorded();
    }

    public long recordedSends() {
        return Math.max(0, sends() - firstRecorded());
    }

    public double recordedSeconds() {
        return recordedNanos / 1e9;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
