package io.negotiationtracker.notifier.stream;

import io.micronaut.http.sse.Event;
import io.negotiationtracker.notifier.alerts.AlertFilter;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.AlertView;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Server-Sent Events of alerts: catch-up from a seq, then live. Each subscriber has its own pump that reads at most one
 * page ahead and emits only what the connection asked for, so memory per subscriber is bounded; a subscriber that asks
 * for nothing for {@code slow-subscriber-timeout} while alerts wait is cut off (it resumes with Last-Event-ID).
 */
@Singleton
public class AlertStream {
    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);
    static final int PAGE = 100;

    private final AlertStore store;
    private final AlertSignal signal;
    private final Duration slowCutoff;
    private final Duration heartbeat;
    private final int maxSubscribers;
    private final AtomicInteger open = new AtomicInteger();

    public AlertStream(AlertStore store, AlertSignal signal, StreamSettings settings) {
        this.store = store;
        this.signal = signal;
        this.slowCutoff = settings.slowSubscriberTimeout();
        this.heartbeat = settings.heartbeat();
        this.maxSubscribers = settings.maxSubscribers();
    }

    public int openStreams() {
        return open.get();
    }

    /** False when the subscriber limit is reached. */
    public boolean hasRoom() {
        return open.get() < maxSubscribers;
    }

    public Flux<Event<Object>> open(AlertFilter filter) {
        return Flux.create(
                sink -> {
                    Demand demand = new Demand();
                    sink.onRequest(demand::add);
                    open.incrementAndGet();
                    Thread pump = Thread.ofVirtual().name("alert-stream").start(() -> pump(sink, demand, filter));
                    sink.onDispose(() -> {
                        open.decrementAndGet();
                        pump.interrupt();
                    });
                },
                FluxSink.OverflowStrategy.ERROR);
    }

    private void pump(FluxSink<Event<Object>> sink, Demand demand, AlertFilter filter) {
        long last = filter.afterSeq();
        long idleSince = System.nanoTime();
        try {
            while (!sink.isCancelled()) {
                long seen = signal.generation();
                List<AlertView> page = store.list(filter.after(last), PAGE);
                for (AlertView a : page) {
                    if (!demand.take(slowCutoff.toMillis())) {
                        LOG.info("cutting off a slow alert stream subscriber at seq {}", last);
                        sink.error(new SlowSubscriberException(last));
                        return;
                    }
                    sink.next(Event.<Object>of(a).id(Long.toString(a.seq())));
                    last = a.seq();
                    idleSince = System.nanoTime();
                }
                if (page.size() == PAGE) continue;
                if (System.nanoTime() - idleSince >= heartbeat.toNanos()) {
                    if (demand.take(0)) sink.next(Event.<Object>of(Map.of()).name("heartbeat"));
                    idleSince = System.nanoTime();
                }
                signal.awaitBeyond(seen, Math.min(1000, heartbeat.toMillis()));
            }
        } catch (InterruptedException e) {
            // the subscriber went away
        } catch (RuntimeException e) {
            sink.error(e);
        }
    }

    /** Ends a stream whose subscriber stopped reading. */
    public static final class SlowSubscriberException extends RuntimeException {
        SlowSubscriberException(long lastSeq) {
            super("the subscriber did not keep up; resume with Last-Event-ID: " + lastSeq);
        }
    }
}
