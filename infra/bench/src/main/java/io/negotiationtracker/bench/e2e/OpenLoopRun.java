package io.negotiationtracker.bench.e2e;

import io.negotiationtracker.bench.events.BenchEvents;
import io.negotiationtracker.bench.ingest.IngestClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends single-event appends on an {@link OpenLoopSchedule}: one thread wakes at each intended start and hands the
 * request to the asynchronous HTTP client (as many connections as requests in flight: many concurrent clients), so
 * sends never wait for answers. Each acknowledgement goes to the {@link VisibilityTracker}. A send that would exceed
 * {@code maxInFlight} requests is not made and counts as failed (the stack is then far behind the rate).
 */
final class OpenLoopRun {
    record Outcome(long recordedAcknowledged, long failed, Histogram ackMicros, Map<String, Long> failures) {}

    private OpenLoopRun() {}

    static Outcome run(
            IngestClient ingest,
            String prefix,
            int negotiations,
            OpenLoopSchedule schedule,
            VisibilityTracker tracker,
            int maxInFlight)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ConcurrentHistogram ack = new ConcurrentHistogram(3_600_000_000L, 3);
        AtomicLong inFlight = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        for (long i = 0; i < schedule.sends(); i++) {
            long due = schedule.intendedStart(i);
            for (long wait; (wait = due - System.nanoTime()) > 0; ) LockSupport.parkNanos(wait);
            boolean recorded = schedule.recorded(i);
            if (inFlight.get() >= maxInFlight) {
                failed.incrementAndGet();
                failures.merge("not sent: " + maxInFlight + " requests already in flight", 1L, Long::sum);
                continue;
            }
            String negotiation = prefix + i % negotiations;
            HttpRequest request = HttpRequest.newBuilder(
                            ingest.request(negotiation, BenchEvents.proposed(i)), (n, v) -> true)
                    .timeout(Duration.ofSeconds(30))
                    .build();
            inFlight.incrementAndGet();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long at = System.nanoTime();
                inFlight.decrementAndGet();
                if (e == null && (r.statusCode() == 201 || r.statusCode() == 200)) {
                    if (recorded) {
                        ack.recordValue(Math.min(ack.getHighestTrackableValue(), (at - due) / 1000));
                        acknowledged.incrementAndGet();
                    }
                    tracker.acknowledged(negotiation, IngestClient.lastPosition(r.body()), due, recorded);
                } else {
                    failed.incrementAndGet();
                    String why = e != null
                            ? e.getClass().getSimpleName()
                            : "ingest answered " + r.statusCode() + ": "
                                    + r.body()
                                            .substring(0, Math.min(120, r.body().length()))
                                            .replaceAll("[0-9]+", "#");
                    failures.merge(why, 1L, Long::sum);
                }
            });
        }
        long drainUntil = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) Thread.sleep(10);
        return new Outcome(acknowledged.get(), failed.get(), ack, failures);
    }
}
