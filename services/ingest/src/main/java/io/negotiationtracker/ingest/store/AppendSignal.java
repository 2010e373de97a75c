package io.negotiationtracker.ingest.store;

import jakarta.inject.Singleton;

/** Wakes the relay and live subscribers when an append commits in this process (they also poll, for other instances). */
@Singleton
public class AppendSignal {
    private long head;

    public synchronized void committed(long position) {
        if (position > head) head = position;
        notifyAll();
    }

    /** Waits until a position beyond {@code after} is committed here, or the timeout passes. */
    public synchronized void awaitBeyond(long after, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (head <= after) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return;
            wait(left);
        }
    }
}
