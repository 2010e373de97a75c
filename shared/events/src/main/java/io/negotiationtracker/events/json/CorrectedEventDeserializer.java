package io.negotiationtracker.events.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.WorldDate;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@link EventCorrected}: its {@code corrected} copy is bound to the type named by {@code eventType}, with the
 * same strictness as the enclosing read (input refuses unknown fields; stored events are read tolerantly).
 */
final class CorrectedEventDeserializer extends StdDeserializer<EventCorrected> {
    private static final Set<String> FIELDS = Set.of("eventId", "eventType", "occurredOn", "corrected", "reason");

    CorrectedEventDeserializer() {
        super(EventCorrected.class);
    }

    @Override
    public EventCorrected deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) throw new InvalidEventException("", "must be a JSON object");
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            node.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f))
                    throw new InvalidEventException(
                            f,
                            "is not a field of EventCorrected (known: "
                                    + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            });
        }
        String eventType = text(node, "eventType");
        Class<? extends NegotiationEvent> type = EventTypes.classOf(eventType)
                .orElseThrow(() -> new InvalidEventException(
                        "eventType",
                        "unknown event type '" + eventType + "'; known types: " + String.join(", ", EventTypes.ALL)));
        return new EventCorrected(
                uuid(node.get("eventId")),
                eventType,
                node.hasNonNull("occurredOn") ? WorldDate.parse(text(node, "occurredOn"), "occurredOn") : null,
                corrected(node.get("corrected"), type, ctxt),
                node.hasNonNull("reason") ? text(node, "reason") : null);
    }

    private static NegotiationEvent corrected(
            JsonNode node, Class<? extends NegotiationEvent> type, DeserializationContext ctxt) throws IOException {
        if (node == null || node.isNull())
            throw new InvalidEventException("corrected", "is required: the whole corrected data of the event");
        try {
            return ctxt.readTreeAsValue(node, type);
        } catch (InvalidEventException e) {
            throw e.under("corrected");
        } catch (JsonMappingException e) {
            throw EventCodec.translate(e, "corrected");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new InvalidEventException(field, "is required");
        if (!value.isTextual()) throw new InvalidEventException(field, "must be a string");
        return value.asText();
    }

    private static UUID uuid(JsonNode value) {
        try {
            if (value == null || !value.isTextual()) throw new IllegalArgumentException();
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("eventId", "must be the UUID of an earlier event of this negotiation");
        }
    }
}
