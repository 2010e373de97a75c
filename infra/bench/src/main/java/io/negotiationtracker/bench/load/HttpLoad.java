package io.negotiationtracker.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop HTTP load generator written in Java (it replaces wrk, which nothing installs): {@code connections}
 * clients, each with its own HTTP/1.1 connection, send GET requests back to back for a fixed time after a warm-up, and
 * every answer's latency goes into an HdrHistogram (microseconds). Bounded in time; loopback only by its callers.
 */
public final class HttpLoad {
    public record Result(long requests, long errors, double requestsPerSecond, Histogram latencyMicros) {
        public double p50Millis() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        public double p99Millis() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }
    }

    private HttpLoad() {}

    public static Result get(String url, int connections, Duration warmUp, Duration measure)
            throws InterruptedException {
        if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost"))
            throw new IllegalArgumentException("load goes to loopback only, not " + url);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Histogram h = new Histogram(60_000_000L, 3);
            histograms.add(h);
            clients.add(Thread.ofPlatform().name("http-load-" + c).start(() -> {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) return;
                    boolean ok;
                    try {
                        ok = client.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (sent < measureFrom) continue;
                    if (ok) h.recordValue(Math.max(1, (done - sent) / 1000));
                    else errors.incrementAndGet();
                }
            }));
        }
        for (Thread t : clients) t.join();
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        double seconds = measure.toNanos() / 1e9;
        return new Result(all.getTotalCount(), errors.get(), all.getTotalCount() / seconds, all);
    }
}
