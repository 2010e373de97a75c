package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** The notifier's alert feed: GET /api/alerts?after=SEQ and the SSE stream /api/alerts/stream. */
record NotifierAlerts(Services services, String negotiationId, String kind) implements FeedSource {
    @Override
    public String service() {
        return "notifier";
    }

    @Override
    public URI page(long after, int limit) {
        return services.notifier(new Query().add("after", after).add("limit", limit).add("negotiationId", negotiationId).add("kind", kind).on("/api/alerts"));
    }

    @Override
    public JsonNode items(JsonNode page) {
        return page.path("alerts");
    }

    @Override
    public long cursor(JsonNode item) {
        return item.path("seq").asLong();
    }

    @Override
    public URI stream() {
        return services.notifier(new Query().add("negotiationId", negotiationId).add("kind", kind).on("/api/alerts/stream"));
    }

    @Override
    public boolean isItem(ServerSentEvent event) {
        return event.name().equals("message") || event.name().equals("alert");
    }
}
