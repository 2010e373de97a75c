package io.negotiationtracker.bench.history;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.status.ProjectionCatchUp;
import java.sql.Connection;
import java.time.Duration;

/**
 * A store of at least N events that the projection has applied: the history the growth probe and the rebuild need.
 * Loads what is missing ({@link BulkHistory}), then waits until the relay and the projection have caught up with it.
 */
public final class StoredHistory {
    private StoredHistory() {}

    /** Returns the number of events stored (= the last position), all applied by the projection. */
    public static long ensure(BenchContext context, long events) throws Exception {
        long loaded = BulkHistory.load(context, events);
        long head;
        String last;
        try (Connection c = context.database()) {
            head = StoreHead.of(c);
            last = StoreHead.negotiationAt(c, head);
        }
        long start = System.nanoTime();
        ProjectionCatchUp.await(
                context.statusUrl(last), head, Duration.ofMinutes(10).plusSeconds(loaded / 1000));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (loaded > 0) {
            context.results().put("history.catch_up_events_per_s", loaded / seconds);
            context.say(
                    "relay and projection caught up with %,d bulk-loaded events in %.1f s: %,.0f events/s",
                    loaded, seconds, loaded / seconds);
        }
        return head;
    }
}
