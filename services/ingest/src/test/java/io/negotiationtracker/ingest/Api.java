package io.negotiationtracker.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.ingest.test.IngestFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls ingest over real HTTP, as writers and readers do. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, HttpResponse<String> raw) {
        Reply withStatus() {
            return new Reply(raw.statusCode(), raw);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;

    Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Reply append(String negotiationId, String body, String... headers) {
        return post("/api/negotiations/" + negotiationId + "/events", body, IngestFixture.writerToken(), headers);
    }

    Reply post(String path, String body, String token, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            return new Reply(0, HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())).withStatus();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
