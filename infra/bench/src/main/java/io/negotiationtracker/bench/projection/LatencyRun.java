package io.negotiationtracker.bench.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * (a) End-to-end latency at a steady write rate: each event is posted to ingest; from its acknowledgement, a status
 * request with minPosition (it answers as soon as the projection has committed that position) measures when the change
 * is visible. Writes are paced at the target rate by 64 writers (at most 64 in flight); the first seconds are warm-up.
 */
final class LatencyRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 64;

    record Result(long sent, long acknowledged, long failed, double achievedPerSecond, Histogram visible, Map<String, Long> failures) {}

    static Result run(String ingestUrl, String projectionUrl, String token, int negotiations, int perSecond, Duration warmUp, Duration measured)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < negotiations; i++) {
            HttpResponse<String> r = http.send(post(ingestUrl, token, "bench-lat-" + i, BenchEvents.proposed("NegotiationOpened", "2025-06-17",
                    BenchEvents.opened("Latency talks " + i))), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 200) throw new IllegalStateException("open failed: " + r.statusCode() + " " + r.body());
        }
        warmUpClosedLoop(http, ingestUrl, token, negotiations, Duration.ofSeconds(15));
        Histogram visible = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sentCount = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        long periodNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        long slots = (end - start) / periodNanos;
        // Writers in parallel, each taking the next due slot: the rate is held while answers are quick, and the number of
        // requests in flight stays bounded (WRITERS) when they are not, instead of piling up in the client.
        java.util.concurrent.atomic.AtomicLong nextSlot = new java.util.concurrent.atomic.AtomicLong();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                pool.submit(() -> {
                    for (long slot; (slot = nextSlot.getAndIncrement()) < slots; ) {
                        long due = start + slot * periodNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                        sentCount.incrementAndGet();
                        String negotiation = "bench-lat-" + (slot % negotiations);
                        String[] td = BenchEvents.typeAndData(slot);
                        try {
                            HttpResponse<String> ack = http.send(post(ingestUrl, token, negotiation, BenchEvents.proposed(td[0], "2025-06-17", td[1])),
                                    HttpResponse.BodyHandlers.ofString());
                            long ackedAt = System.nanoTime();
                            if (ack.statusCode() != 201) {
                                failed.incrementAndGet();
                                failures.merge("ingest " + ack.statusCode() + " " + ack.body().substring(0, Math.min(160, ack.body().length())), 1L, Long::sum);
                                continue;
                            }
                            acknowledged.incrementAndGet();
                            HttpRequest read = HttpRequest.newBuilder(URI.create(projectionUrl + "/api/negotiations/" + negotiation
                                    + "/status?minPosition=" + position(ack.body()))).timeout(Duration.ofSeconds(10)).build();
                            HttpResponse<Void> r = http.send(read, HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                failed.incrementAndGet();
                                failures.merge("status " + r.statusCode(), 1L, Long::sum);
                            } else if (due >= measureFrom) {
                                synchronized (visible) {
                                    visible.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - ackedAt));
                                }
                            }
                        } catch (java.io.IOException e) {
                            failed.incrementAndGet();
                            failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(sentCount.get(), acknowledged.get(), failed.get(), sentCount.get() / seconds, visible, failures);
    }

    /**
     * JIT-warms the stack before the paced run: a cold JVM cannot take 1,000 requests/s, and an open-loop load that
     * starts cold only piles up timed-out requests. Closed loop: 16 writers, each waiting for its answer.
     */
    private static void warmUpClosedLoop(HttpClient http, String ingestUrl, String token, int negotiations, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        for (int t = 0; t < 16; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long i = n.getAndIncrement();
                    String[] td = BenchEvents.typeAndData(i);
                    try {
                        http.send(post(ingestUrl, token, "bench-lat-" + (i % negotiations), BenchEvents.proposed(td[0], "2025-06-17", td[1])),
                                HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                        // warm-up only
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 30, TimeUnit.SECONDS);
    }

    private static HttpRequest post(String ingestUrl, String token, String negotiation, String body) {
        return HttpRequest.newBuilder(URI.create(ingestUrl + "/api/negotiations/" + negotiation + "/events"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long position(String body) {
        try {
            return JSON.readTree(body).path("lastPosition").asLong();
        } catch (Exception e) {
            throw new IllegalStateException("unexpected acknowledgement: " + body, e);
        }
    }
}
