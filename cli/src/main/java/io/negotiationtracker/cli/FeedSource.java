package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** A feed a service offers both as pages after a cursor and as a Server-Sent Events stream resumable by Last-Event-ID. */
interface FeedSource {
    String service();

    URI page(long after, int limit);

    JsonNode items(JsonNode page);

    long cursor(JsonNode item);

    URI stream();

    /** Whether a stream event carries an item (not a heartbeat or a cut-off notice). */
    boolean isItem(ServerSentEvent event);
}
