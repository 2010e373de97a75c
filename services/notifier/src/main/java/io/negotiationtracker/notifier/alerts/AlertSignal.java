package io.negotiationtracker.notifier.alerts;

import jakarta.inject.Singleton;

/**
 * Wakes the stream, the outbox relay and the webhook worker when alerts or deliveries commit in this process. A waiter
 * reads {@link #generation()} before it looks for work and then waits for a later one, so a wake-up between the two is
 * never lost. Work committed by another instance is found by the waiters' own polling.
 */
@Singleton
public class AlertSignal {
    private long generation;

    public synchronized void changed() {
        generation++;
        notifyAll();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Waits until something changed after {@code seen}, or the timeout passed. */
    public synchronized void awaitBeyond(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (generation == seen) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return;
            wait(left);
        }
    }
}
