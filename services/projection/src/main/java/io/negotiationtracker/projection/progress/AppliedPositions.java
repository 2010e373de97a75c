package io.negotiationtracker.projection.progress;

import jakarta.inject.Singleton;

/**
 * Read-your-writes: the serving generation's watermark (every position at or below it is applied, by any instance),
 * kept in memory (set at start and at a switch-over, raised by the notices of every instance's batches and by the
 * periodic sync), so a request can wait for a position without querying the database.
 */
@Singleton
public class AppliedPositions {
    private long applied;

    public synchronized long current() {
        return applied;
    }

    public synchronized void reached(long position) {
        if (position > applied) {
            applied = position;
            notifyAll();
        }
    }

    /** The serving generation changed: its position replaces the old one, even if lower. */
    public synchronized void reset(long position) {
        applied = position;
        notifyAll();
    }

    public synchronized boolean awaitAtLeast(long position, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (applied < position) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }
}
