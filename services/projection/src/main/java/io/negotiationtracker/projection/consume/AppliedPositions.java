package io.negotiationtracker.projection.consume;

import jakarta.inject.Singleton;

/** Read-your-writes: lets a request wait, within a bound, until the views include a given global position. */
@Singleton
public class AppliedPositions {
    private long applied;

    public synchronized void reached(long position) {
        if (position > applied) applied = position;
        notifyAll();
    }

    public synchronized boolean awaitAtLeast(long position, long timeoutMillis, java.util.function.LongSupplier stored) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        if (applied < position) applied = Math.max(applied, stored.getAsLong());
        while (applied < position) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return false;
            wait(Math.min(left, 100));
            if (applied < position) applied = Math.max(applied, stored.getAsLong());
        }
        return true;
    }
}
