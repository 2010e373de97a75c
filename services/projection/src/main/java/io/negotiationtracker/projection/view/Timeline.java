package io.negotiationtracker.projection.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import java.util.List;

/** Every event of a negotiation in world order, each with its source and confidence. */
public record Timeline(String negotiationId, int count, List<JsonNode> events) {
    public static Timeline of(String negotiationId, List<EventEnvelope> events, EventCodec codec) {
        return new Timeline(negotiationId, events.size(), events.stream().map(e -> (JsonNode) codec.toJson(e)).toList());
    }
}
