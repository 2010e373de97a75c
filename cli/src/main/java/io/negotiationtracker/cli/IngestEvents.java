package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;

/** Ingest's event feed: GET /api/events?after=POSITION and the SSE subscription /api/events/stream. */
record IngestEvents(Services services, String negotiationId, List<String> types) implements FeedSource {
    @Override
    public String service() {
        return "ingest";
    }

    @Override
    public URI page(long after, int limit) {
        return services.ingest(new Query().add("after", after).add("limit", limit).add("negotiationId", negotiationId).addAll("type", types).on("/api/events"));
    }

    @Override
    public JsonNode items(JsonNode page) {
        return page.path("events");
    }

    @Override
    public long cursor(JsonNode item) {
        return item.path("position").asLong();
    }

    @Override
    public URI stream() {
        return services.ingest(new Query().add("negotiationId", negotiationId).addAll("type", types).on("/api/events/stream"));
    }

    @Override
    public boolean isItem(ServerSentEvent event) {
        return !event.name().equals("cutoff") && !event.name().equals("heartbeat");
    }
}
