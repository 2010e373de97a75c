package io.negotiationtracker.projection.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** What the live stream sends: the views changed, the stream is open, or it is still alive. */
public sealed interface LiveMessage {
    ObjectMapper JSON = new ObjectMapper();

    /** The event's data, written here so the stream does not depend on the HTTP layer's bean introspection. */
    static String json(LiveMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Views changed up to {@code position}; {@code everything} when too many negotiations changed to list them. */
    record ViewsChanged(List<String> negotiationIds, long position, boolean everything) implements LiveMessage {}

    /** Sent first: the stream is open and the views include {@code position}. */
    record Ready(long position, int heartbeatSeconds) implements LiveMessage {}

    /** Sent every few seconds so proxies keep the connection and clients can tell a dead stream from a quiet one. */
    record Heartbeat(long position) implements LiveMessage {}
}
