package io.negotiationtracker.platform.loops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The live status one background loop reports into (thread-safe): beats while it runs, failures it caught or that
 * crashed its body, recoveries. A failure that crashed the body (the loop did not report it itself) counts as recovered
 * once the restarted body has beaten for {@code recoveredAfter} without crashing again.
 */
public final class LoopStatus {
    private final String name;
    private final Clock clock;
    private final Instant startedAt;
    private volatile Instant lastBeat;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private volatile Instant lastRecovery;
    private volatile boolean failureFromCrash;
    private volatile boolean stopped;
    private long failures;
    private long restarts;

    LoopStatus(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public String name() {
        return name;
    }

    /** The loop is alive and moving (called each turn). */
    public void beat() {
        Instant now = clock.instant();
        lastBeat = now;
        Instant failed = lastFailure;
        if (failureFromCrash
                && failed != null
                && !Loops.recoveredAfter().minus(Duration.between(failed, now)).isPositive()) recovered(now);
    }

    /** A step succeeded: a failure before it is over. */
    public void succeeded() {
        Instant now = clock.instant();
        lastBeat = now;
        if (lastFailure != null && (lastRecovery == null || lastRecovery.isBefore(lastFailure))) recovered(now);
    }

    /** A step failed and the loop will retry it. */
    public synchronized void failed(Throwable error) {
        record(error, false);
    }

    /** The body threw out of the loop; it is restarted after a pause. */
    public synchronized void crashed(Throwable error) {
        record(error, true);
        restarts++;
    }

    public void stopped() {
        stopped = true;
    }

    private void record(Throwable error, boolean crash) {
        failures++;
        lastError = describe(error);
        failureFromCrash = crash;
        lastFailure = clock.instant();
    }

    /** The error and, when it wraps another, its root cause: what an operator needs to see in readiness. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = oneLine(error);
        return root == error ? text : text + " (caused by " + oneLine(root) + ")";
    }

    private static String oneLine(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private synchronized void recovered(Instant now) {
        lastRecovery = now;
        failureFromCrash = false;
    }

    public synchronized LoopSnapshot snapshot() {
        return new LoopSnapshot(
                name,
                startedAt,
                lastBeat,
                lastFailure,
                lastError,
                lastRecovery,
                failureFromCrash,
                failures,
                restarts,
                stopped);
    }
}
