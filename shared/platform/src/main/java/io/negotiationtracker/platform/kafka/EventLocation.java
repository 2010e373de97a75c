package io.negotiationtracker.platform.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Where a record's event sits: its negotiation, its version in that stream and its global position. */
public record EventLocation(String negotiationId, long version, long position) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the location from an envelope's JSON without validating the event, so that a record the contract refuses
     * (or a consumer cannot apply) is still dead-lettered with its version and position; empty when even those are
     * missing or the JSON does not parse.
     */
    public static Optional<EventLocation> read(String envelope) {
        try {
            JsonNode e = envelope == null ? null : JSON.readTree(envelope);
            if (e == null
                    || !e.path("negotiationId").isTextual()
                    || !e.path("version").canConvertToLong()
                    || !e.path("position").canConvertToLong()) return Optional.empty();
            return Optional.of(new EventLocation(
                    e.get("negotiationId").asText(),
                    e.get("version").asLong(),
                    e.get("position").asLong()));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
