package io.negotiationtracker.projection.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** One open live stream ({@code /api/live}) read as a browser would: the negotiations its views-changed events named. */
public final class LiveFeed implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> negotiationIds = ConcurrentHashMap.newKeySet();
    private final Stream<String> lines;
    private final Thread reader;

    private LiveFeed(Stream<String> lines) {
        this.lines = lines;
        this.reader = Thread.ofPlatform().daemon().name("live-feed").start(() -> lines.forEach(this::line));
    }

    public static LiveFeed open(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<Stream<String>> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200)
            throw new IllegalStateException("live stream refused: " + response.statusCode());
        return new LiveFeed(response.body());
    }

    public Set<String> negotiationIds() {
        return Set.copyOf(negotiationIds);
    }

    private void line(String line) {
        if (!line.startsWith("data:")) return;
        try {
            JsonNode data = JSON.readTree(line.substring(5));
            data.path("negotiationIds").forEach(id -> negotiationIds.add(id.asText()));
        } catch (IOException e) {
            // not JSON (a comment or keep-alive): nothing to count
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
