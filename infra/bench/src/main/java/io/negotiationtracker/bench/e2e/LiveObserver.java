package io.negotiationtracker.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Follows the projection's live feed (GET /api/live, Server-Sent Events: {@code ready}, then {@code views-changed}
 * {negotiationIds, position, everything} after each committed batch, {@code heartbeat} when quiet) and tells the
 * {@link VisibilityTracker} of every change, timed when its first line arrived.
 */
final class LiveObserver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final InputStream stream;
    private final Thread reader;
    private volatile Exception failure;

    private LiveObserver(InputStream stream, VisibilityTracker tracker) {
        this.stream = stream;
        this.reader = Thread.ofPlatform().daemon().name("live-observer").start(() -> read(tracker));
    }

    static LiveObserver follow(String projectionUrl, VisibilityTracker tracker) throws Exception {
        HttpResponse<InputStream> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(projectionUrl + "/api/live"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) throw new IllegalStateException("GET /api/live answered " + r.statusCode());
        LiveObserver observer = new LiveObserver(r.body(), tracker);
        if (!observer.ready.await(30, TimeUnit.SECONDS))
            throw new IllegalStateException("the live feed sent no 'ready' within 30 s", observer.failure);
        return observer;
    }

    private void read(VisibilityTracker tracker) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            long firstLineAt = 0;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (data.length() > 0) dispatch(event, data.toString(), firstLineAt, tracker);
                    event = null;
                    data.setLength(0);
                    firstLineAt = 0;
                    continue;
                }
                if (firstLineAt == 0) firstLineAt = System.nanoTime();
                if (line.startsWith("event:")) event = line.substring(6).strip();
                else if (line.startsWith("data:")) data.append(line.substring(5).strip());
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    private void dispatch(String event, String data, long at, VisibilityTracker tracker) throws Exception {
        if ("ready".equals(event)) {
            ready.countDown();
        } else if ("views-changed".equals(event)) {
            JsonNode change = JSON.readTree(data);
            List<String> ids = new ArrayList<>();
            change.path("negotiationIds").forEach(id -> ids.add(id.asText()));
            tracker.changed(
                    ids,
                    change.path("position").asLong(),
                    change.path("everything").asBoolean(),
                    at);
        }
    }

    @Override
    public void close() throws Exception {
        stream.close();
        reader.interrupt();
    }
}
