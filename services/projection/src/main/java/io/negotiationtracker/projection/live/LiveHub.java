package io.negotiationtracker.projection.live;

import io.micronaut.http.sse.Event;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.progress.ViewChanges;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;

/** Opens live streams on {@link ViewChanges}, keeps count of them, and sends every open stream its heartbeat. */
@Singleton
public class LiveHub {
    private final ViewChanges changes;
    private final Generations generations;
    private final Watermarks watermarks;
    private final LiveSettings settings;
    private final Set<LiveSubscription> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastPosition = new AtomicLong(-1);
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heartbeats");
        t.setDaemon(true);
        return t;
    });
    private final Runnable stopTracking;

    public LiveHub(ViewChanges changes, Generations generations, Watermarks watermarks, LiveSettings settings) {
        this.changes = changes;
        this.generations = generations;
        this.watermarks = watermarks;
        this.settings = settings;
        this.stopTracking = changes.subscribe((ids, position) -> lastPosition.accumulateAndGet(position, Math::max));
        int period = settings.heartbeatSeconds();
        heartbeats.scheduleAtFixedRate(this::beat, period, period, TimeUnit.SECONDS);
    }

    public boolean isFull() {
        return open.size() >= settings.maxSubscribers();
    }

    public int openStreams() {
        return open.size();
    }

    /** A stream of view changes, of one negotiation when {@code negotiationId} is given, else of all. */
    public Publisher<Event<String>> stream(String negotiationId) {
        return subscriber -> {
            var subscription =
                    new LiveSubscription(subscriber, new PendingChanges(settings.maxPendingIds(), negotiationId));
            open.add(subscription);
            Runnable unsubscribe = changes.subscribe(subscription::changed);
            subscription.start(new LiveMessage.Ready(position(), settings.heartbeatSeconds()), () -> {
                unsubscribe.run();
                open.remove(subscription);
            });
        };
    }

    private long position() {
        long known = lastPosition.get();
        if (known >= 0) return known;
        long stored = watermarks.watermark(generations.serving());
        lastPosition.accumulateAndGet(stored, Math::max);
        return lastPosition.get();
    }

    private void beat() {
        long position = Math.max(lastPosition.get(), 0);
        for (LiveSubscription s : open) {
            try {
                s.heartbeat(position);
            } catch (RuntimeException e) {
                s.cancel();
            }
        }
    }

    @PreDestroy
    void close() {
        stopTracking.run();
        heartbeats.shutdownNow();
        open.forEach(LiveSubscription::cancel);
    }
}
