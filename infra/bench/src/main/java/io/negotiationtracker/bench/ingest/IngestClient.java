package io.negotiationtracker.bench.ingest;

import io.negotiationtracker.devstack.ChildProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Appends through ingest's public HTTP API; any answer but 200/201 stops the benchmark. */
final class IngestClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    IngestClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    void append(String negotiationId, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/negotiations/" + negotiationId + "/events"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 200) throw new IllegalStateException("append answered " + r.statusCode() + ": " + r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitReady(ChildProcess process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("ingest exited:\n" + process.tail(40));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("ingest was not ready in time:\n" + process.tail(40));
    }
}
