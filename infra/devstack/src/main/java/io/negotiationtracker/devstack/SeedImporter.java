package io.negotiationtracker.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Imports an NDJSON file of events (each line names its negotiationId) through ingest's public API, one atomic batch per
 * negotiation. The events carry fixed eventIds, so importing again stores nothing twice.
 */
public final class SeedImporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(String negotiationId, int events, int stored, long lastPosition) {}

    private SeedImporter() {}

    public static Map<String, Result> importFile(Path file, String ingestUrl, String token)
            throws IOException, InterruptedException {
        Map<String, ArrayNode> batches = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode node = JSON.readTree(line);
            if (!(node instanceof ObjectNode event) || !event.hasNonNull("negotiationId"))
                throw new IllegalArgumentException(
                        file + ":" + lineNo + ": each line must be an event object with a negotiationId");
            String id = event.remove("negotiationId").asText();
            batches.computeIfAbsent(id, k -> JSON.createArrayNode()).add(event);
        }
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Result> results = new LinkedHashMap<>();
        for (var e : batches.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(ingestUrl + "/api/negotiations/" + e.getKey() + "/events"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(e.getValue().toString()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201)
                throw new IllegalStateException(
                        "importing " + e.getKey() + " failed: " + response.statusCode() + " " + response.body());
            JsonNode body = JSON.readTree(response.body());
            int stored = 0;
            for (JsonNode ev : body.path("events")) if (!ev.path("duplicate").asBoolean()) stored++;
            results.put(
                    e.getKey(),
                    new Result(
                            e.getKey(),
                            e.getValue().size(),
                            stored,
                            body.path("lastPosition").asLong()));
        }
        return results;
    }
}
