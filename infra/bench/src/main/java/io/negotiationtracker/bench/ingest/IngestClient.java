package io.negotiationtracker.bench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.bench.events.BenchEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** Appends through ingest's public HTTP API (blocking); any answer but 200/201 stops the scenario. */
public final class IngestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String token;

    public IngestClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The POST of {@code body} (one event or a JSON array of them) to a negotiation's events. */
    public HttpRequest request(String negotiationId, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/negotiations/" + negotiationId + "/events"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Appends and returns the position of the last event stored (ingest's {@code lastPosition}). */
    public long append(String negotiationId, String body) {
        try {
            HttpResponse<String> r = http.send(request(negotiationId, body), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 200)
                throw new IllegalStateException("append answered " + r.statusCode() + ": " + r.body());
            return lastPosition(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens negotiations {@code prefix0 .. prefix(count-1)}, 16 at a time; returns the highest position stored. */
    public long openAll(String prefix, int count) throws Exception {
        String opened = BenchEvents.proposed("NegotiationOpened", "2025-04-01", BenchEvents.opened("Benchmark talks"));
        try (var pool = Executors.newFixedThreadPool(16)) {
            var positions = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
            for (int i = 0; i < count; i++) {
                String id = prefix + i;
                positions.add(pool.submit(() -> append(id, opened)));
            }
            long last = 0;
            for (var p : positions) last = Math.max(last, p.get());
            return last;
        }
    }

    public static long lastPosition(String ack) {
        try {
            return JSON.readTree(ack).path("lastPosition").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("unexpected acknowledgement: " + ack, e);
        }
    }
}
