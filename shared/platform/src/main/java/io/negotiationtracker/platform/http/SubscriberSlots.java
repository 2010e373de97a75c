package io.negotiationtracker.platform.http;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds a service's live subscriptions (Server-Sent Events: each holds resources until it ends): at most {@code total}
 * at once, at most {@code perClient} from one client address. A refused subscriber gets 429 and is told to retry later.
 * {@code settings} names the configuration prefix, so the refusal says which setting to raise.
 */
public final class SubscriberSlots {
    /** A slot a subscription holds until it ends; releasing twice is harmless. */
    public interface Slot {
        void release();
    }

    private final int total;
    private final int perClient;
    private final String settings;
    private final Map<String, Integer> byClient = new HashMap<>();
    private int taken;

    public SubscriberSlots(int total, int perClient) {
        this(total, perClient, "tracker.stream");
    }

    public SubscriberSlots(int total, int perClient, String settings) {
        this.total = total;
        this.perClient = perClient;
        this.settings = settings;
    }

    /** A slot for {@code client}, or a 429 problem (with Retry-After, added by the platform filter) naming the limit. */
    public Slot take(String client) {
        Slot slot = tryTake(client);
        if (slot == null)
            throw new ProblemException(io.micronaut.http.HttpStatus.TOO_MANY_REQUESTS, refusal(client), null, null);
        return slot;
    }

    /** A slot for {@code client}, or null with nothing taken when a limit is reached; {@link #refusal} says which. */
    public synchronized Slot tryTake(String client) {
        if (taken >= total || byClient.getOrDefault(client, 0) >= perClient) return null;
        taken++;
        byClient.merge(client, 1, Integer::sum);
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) give(client);
        };
    }

    public synchronized String refusal(String client) {
        if (byClient.getOrDefault(client, 0) >= perClient)
            return "this client already holds " + perClient + " subscriptions (" + settings
                    + ".max-subscribers-per-client); close one or retry later";
        return "the service already serves " + total + " subscriptions (" + settings + ".max-subscribers); retry later";
    }

    public synchronized int taken() {
        return taken;
    }

    private synchronized void give(String client) {
        taken--;
        byClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }
}
