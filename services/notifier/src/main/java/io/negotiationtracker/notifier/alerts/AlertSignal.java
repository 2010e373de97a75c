package io.negotiationtracker.notifier.alerts;

import jakarta.inject.Singleton;

/** Wakes live alert subscribers and deliverers when alerts commit in this process (they also poll). */
@Singleton
public class AlertSignal {
    private long generation;

    public synchronized void changed() {
        generation++;
        notifyAll();
    }

    public synchronized void await(long timeoutMillis) throws InterruptedException {
        long seen = generation;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (generation == seen) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return;
            wait(left);
        }
    }
}
