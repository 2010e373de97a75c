package io.negotiationtracker.ingest.stream;

import io.micronaut.http.sse.Event;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.store.StoredEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.FluxSink;

/**
 * One subscriber's feed: catch up from its position in pages, then follow live appends. It only reads what the
 * subscriber has asked for (its demand), so nothing piles up in memory; a subscriber that asks for nothing for too
 * long is cut off with a last event that carries its resume point (reconnect with Last-Event-ID).
 * Reads stop at the committed head: positions are assigned in commit order, so nothing below it can still appear.
 */
final class LiveSubscription implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscription.class);

    private final EventStore store;
    private final AppendSignal signal;
    private final StreamSettings settings;
    private final StreamFilter filter;
    private final FluxSink<Event<String>> sink;
    private long cursor;

    LiveSubscription(
            EventStore store,
            AppendSignal signal,
            StreamSettings settings,
            StreamFilter filter,
            FluxSink<Event<String>> sink) {
        this.store = store;
        this.signal = signal;
        this.settings = settings;
        this.filter = filter;
        this.sink = sink;
        this.cursor = filter.after();
    }

    @Override
    public void run() {
        long lastSent = System.currentTimeMillis();
        long waitingSince = -1;
        // at once, so the subscriber gets the answer (200 and headers) now, not with the first event or heartbeat
        sink.next(Event.of("").comment("subscribed after position " + cursor));
        try {
            while (!sink.isCancelled()) {
                long demand = sink.requestedFromDownstream();
                if (demand <= 0) {
                    if (waitingSince < 0) waitingSince = System.currentTimeMillis();
                    if (System.currentTimeMillis() - waitingSince
                            > settings.slowCutoff().toMillis()) {
                        cutOff();
                        return;
                    }
                    Thread.sleep(10);
                    continue;
                }
                waitingSince = -1;
                long head = store.head();
                int limit = (int) Math.min(demand, settings.pageSize());
                List<StoredEvent> page = store.readAll(cursor, head, limit, filter.negotiationId(), filter.types());
                for (StoredEvent e : page) {
                    sink.next(Event.of(e.envelope())
                            .id(Long.toString(e.position()))
                            .name(e.type()));
                    cursor = e.position();
                }
                if (!page.isEmpty()) lastSent = System.currentTimeMillis();
                if (page.size() < limit) {
                    cursor = Math.max(cursor, head);
                    if (System.currentTimeMillis() - lastSent
                            > settings.heartbeat().toMillis()) {
                        sink.next(Event.of("").comment("heartbeat; at position " + cursor));
                        lastSent = System.currentTimeMillis();
                    }
                    signal.awaitBeyond(cursor, 1000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.complete();
        } catch (RuntimeException e) {
            LOG.warn("subscription failed at position {}: {}", cursor, e.getMessage());
            sink.error(e);
        }
    }

    private void cutOff() {
        String resume =
                "{\"reason\":\"the subscriber read too slowly and was cut off; reconnect with Last-Event-ID to resume\",\"resumeAfter\":"
                        + cursor + "}";
        sink.next(Event.of(resume).id(Long.toString(cursor)).name("cutoff"));
        sink.complete();
    }
}
