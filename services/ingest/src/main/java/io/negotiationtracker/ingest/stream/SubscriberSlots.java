package io.negotiationtracker.ingest.stream;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the live subscriptions (each one a thread reading the store through the service's connection pool): at most
 * {@code total} at once, at most {@code perClient} from one client address. A refused subscriber is told to retry later.
 */
final class SubscriberSlots {
    /** A slot a subscription holds until it ends; releasing twice is harmless. */
    interface Slot {
        void release();
    }

    private final int total;
    private final int perClient;
    private final Map<String, Integer> byClient = new HashMap<>();
    private int taken;

    SubscriberSlots(int total, int perClient) {
        this.total = total;
        this.perClient = perClient;
    }

    /** A slot for {@code client}, or null with nothing taken when a limit is reached; {@link #refusal} says which. */
    synchronized Slot tryTake(String client) {
        if (taken >= total || byClient.getOrDefault(client, 0) >= perClient) return null;
        taken++;
        byClient.merge(client, 1, Integer::sum);
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) give(client);
        };
    }

    synchronized String refusal(String client) {
        if (byClient.getOrDefault(client, 0) >= perClient)
            return "this client already holds " + perClient + " subscriptions (tracker.stream.max-subscribers-per-client); close one or retry later";
        return "the service already serves " + total + " subscriptions (tracker.stream.max-subscribers); retry later";
    }

    synchronized int taken() {
        return taken;
    }

    private synchronized void give(String client) {
        taken--;
        byClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }
}
