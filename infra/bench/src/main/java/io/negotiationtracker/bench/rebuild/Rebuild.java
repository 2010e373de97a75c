package io.negotiationtracker.bench.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.history.StoredHistory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * rebuild.events_per_s: POST /api/admin/rebuild replays the whole topic into a new generation and switches to it;
 * the rate is the records it applied over its own startedAt -> switchedAt (GET /api/admin/rebuild). The topic holds
 * at least scale.historyEvents events (bulk-loaded where missing) plus what the other scenarios wrote.
 */
public final class Rebuild implements Scenario {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        StoredHistory.ensure(context, context.scale().historyEvents());
        String url = context.stack().projectionUrl() + "/api/admin/rebuild";
        HttpResponse<String> started = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + context.stack().writerToken())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202)
            throw new IllegalStateException("rebuild refused: " + started.statusCode() + " " + started.body());
        long deadline = System.nanoTime() + Duration.ofHours(6).toNanos();
        JsonNode state;
        do {
            Thread.sleep(500);
            if (System.nanoTime() > deadline) throw new IllegalStateException("the rebuild did not switch within 6 h");
            state = JSON.readTree(
                    HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                            .body());
        } while (!state.path("state").asText().equals("switched"));
        double seconds = Duration.between(
                                Instant.parse(state.path("startedAt").asText()),
                                Instant.parse(state.path("switchedAt").asText()))
                        .toMillis()
                / 1000.0;
        long applied = state.path("appliedRecords").asLong();
        context.results().put("rebuild.events_per_s", applied / seconds);
        context.results().put("rebuild.events", applied);
        context.results().put("rebuild.seconds", seconds);
        context.say("rebuild: %,d records in %.1f s, %,.0f events/s", applied, seconds, applied / seconds);
    }
}
