package io.negotiationtracker.projection.live;

import io.micronaut.http.sse.Event;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One open live stream. Signals are emitted only against demand and from one thread at a time (a work-in-progress
 * counter serialises the drain); what cannot be sent yet waits, merged, in {@link PendingChanges}.
 */
final class LiveSubscription implements Subscription {
    private final Subscriber<? super Event<String>> subscriber;
    private final PendingChanges pending;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile LiveMessage.Ready ready;
    private volatile LiveMessage.Heartbeat heartbeat;
    private volatile Runnable onCancel = () -> {};

    LiveSubscription(Subscriber<? super Event<String>> subscriber, PendingChanges pending) {
        this.subscriber = subscriber;
        this.pending = pending;
    }

    void start(LiveMessage.Ready first, Runnable release) {
        this.ready = first;
        this.onCancel = release;
        subscriber.onSubscribe(this);
        if (cancelled.get()) release.run();
    }

    void changed(java.util.Set<String> negotiationIds, long position) {
        if (pending.add(negotiationIds, position)) drain();
    }

    void heartbeat(long position) {
        heartbeat = new LiveMessage.Heartbeat(position);
        drain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            subscriber.onError(
                    new IllegalArgumentException("request(" + n + "): demand must be positive (Reactive Streams 3.9)"));
            return;
        }
        demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        drain();
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) onCancel.run();
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    private void drain() {
        if (wip.getAndIncrement() != 0) return;
        int missed = 1;
        do {
            while (!cancelled.get() && demand.get() > 0) {
                Event<String> next = next();
                if (next == null) break;
                demand.decrementAndGet();
                try {
                    subscriber.onNext(next);
                } catch (RuntimeException e) {
                    cancel();
                    subscriber.onError(e);
                    return;
                }
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    private Event<String> next() {
        if (ready != null) {
            LiveMessage.Ready r = ready;
            ready = null;
            return Event.of(LiveMessage.json(r)).name("ready").id(Long.toString(r.position()));
        }
        LiveMessage.ViewsChanged update = pending.take();
        if (update != null) {
            heartbeat = null;
            return Event.of(LiveMessage.json(update)).name("views-changed").id(Long.toString(update.position()));
        }
        LiveMessage.Heartbeat beat = heartbeat;
        if (beat != null) {
            heartbeat = null;
            return Event.of(LiveMessage.json(beat)).name("heartbeat");
        }
        return null;
    }
}
