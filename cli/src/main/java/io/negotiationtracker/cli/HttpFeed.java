package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A feed a service serves as pages ({@code path?after=CURSOR&limit=N}, items under {@code itemsField}, each with its
 * cursor in {@code cursorField}) and as a stream at {@code path/stream}; {@code filters} narrow both.
 */
record HttpFeed(
        String service,
        Function<String, URI> at,
        String path,
        Function<Query, Query> filters,
        String itemsField,
        String cursorField,
        Predicate<ServerSentEvent> isItem)
        implements FeedSource {

    /** Ingest's stored events: GET /api/events?after=POSITION and /api/events/stream. */
    static HttpFeed events(Services services, String negotiationId, List<String> types) {
        return new HttpFeed(
                "ingest",
                services::ingest,
                "/api/events",
                q -> q.add("negotiationId", negotiationId).addAll("type", types),
                "events",
                "position",
                e -> !e.name().equals("cutoff") && !e.name().equals("heartbeat"));
    }

    /** The notifier's alerts: GET /api/alerts?after=SEQ and /api/alerts/stream. */
    static HttpFeed alerts(Services services, String negotiationId, String kind) {
        return new HttpFeed(
                "notifier",
                services::notifier,
                "/api/alerts",
                q -> q.add("negotiationId", negotiationId).add("kind", kind),
                "alerts",
                "seq",
                e -> e.name().equals("message") || e.name().equals("alert"));
    }

    @Override
    public URI page(long after, int limit) {
        return at.apply(filters.apply(new Query().add("after", after).add("limit", limit))
                .on(path));
    }

    @Override
    public JsonNode items(JsonNode page) {
        return page.path(itemsField);
    }

    @Override
    public long cursor(JsonNode item) {
        return item.path(cursorField).asLong();
    }

    @Override
    public URI stream() {
        return at.apply(filters.apply(new Query()).on(path + "/stream"));
    }

    @Override
    public boolean isItem(ServerSentEvent event) {
        return isItem.test(event);
    }
}
