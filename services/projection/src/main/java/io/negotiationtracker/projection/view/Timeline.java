package io.negotiationtracker.projection.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.domain.Amendments;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every recorded event of a negotiation in world order, each with its source and confidence; an event a later
 * correction concerns carries {@code amendments}: the retraction that took it back, the corrections that replaced it
 * (the last stands) and the events that added sources, each by eventId, with the reasons.
 */
public record Timeline(String negotiationId, int count, List<JsonNode> events) {
    public static Timeline of(String negotiationId, List<EventEnvelope> events, EventCodec codec) {
        return of(negotiationId, events, Map.of(), codec);
    }

    public static Timeline of(
            String negotiationId, List<EventEnvelope> events, Map<UUID, Amendments> amendments, EventCodec codec) {
        return new Timeline(
                negotiationId,
                events.size(),
                events.stream()
                        .map(e -> json(e, amendments.get(e.eventId()), codec))
                        .toList());
    }

    private static JsonNode json(EventEnvelope e, Amendments amendments, EventCodec codec) {
        ObjectNode node = codec.toJson(e);
        if (amendments == null) return node;
        ObjectNode a = node.putObject("amendments");
        a.put("retracted", amendments.retracted());
        if (amendments.retracted()) {
            a.put("retractedBy", amendments.retractedBy().eventId().toString());
            a.put("retractionReason", amendments.retractionReason());
        }
        a.put("corrected", amendments.corrected());
        if (amendments.corrected()) a.put("correctionReason", amendments.correctionReason());
        ids(a, "correctedBy", amendments.correctedBy());
        ids(a, "corroboratedBy", amendments.corroboratedBy());
        return node;
    }

    private static void ids(ObjectNode node, String field, List<EventRef> refs) {
        var list = node.putArray(field);
        refs.forEach(r -> list.add(r.eventId().toString()));
    }
}
