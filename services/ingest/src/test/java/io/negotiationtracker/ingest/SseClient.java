package io.negotiationtracker.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads a Server-Sent Events stream as a browser's EventSource would: id, event, data. */
final class SseClient {
    record Message(String id, String event, String data) {}

    private SseClient() {}

    /** Reads until {@code count} messages arrived (comments skipped) or the stream ends, within the time given. */
    static List<Message> read(String url, String lastEventId, int count, Duration within) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) b.header("Last-Event-ID", lastEventId);
        HttpResponse<java.io.InputStream> response =
                Api.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200)
            throw new AssertionError("stream answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes()));
        List<Message> messages = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null, event = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (data.length() > 0 || event != null) {
                            synchronized (messages) {
                                messages.add(new Message(id, event, data.toString()));
                                if (messages.size() >= count) return;
                            }
                        }
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) id = line.substring(3).strip();
                    else if (line.startsWith("event:"))
                        event = line.substring(6).strip();
                    else if (line.startsWith("data:"))
                        data.append(data.length() > 0 ? "\n" : "")
                                .append(line.substring(5).stripLeading());
                }
            } catch (Exception e) {
                // stream closed
            }
        });
        reader.join(within.toMillis());
        reader.interrupt();
        response.body().close();
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }
}
