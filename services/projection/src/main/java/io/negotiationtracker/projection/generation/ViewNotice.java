package io.negotiationtracker.projection.generation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What one instance tells all the others (and itself) on the PostgreSQL channel {@link #CHANNEL}, sent in the
 * transaction that made it true, so it is delivered only if that commits, and in commit order.
 *
 * @param kind           {@code applied}: a generation's views changed (negotiationIds) and its watermark is now at least
 *                       {@code watermark}; {@code switched}: the pointer now names {@code generation}
 * @param negotiationIds the negotiations whose views changed (possibly none)
 */
public record ViewNotice(String kind, int generation, long watermark, List<String> negotiationIds) {
    public static final String CHANNEL = "projection_views";
    public static final String APPLIED = "applied";
    public static final String SWITCHED = "switched";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ViewNotice {
        negotiationIds = negotiationIds == null ? List.of() : List.copyOf(negotiationIds);
    }

    public static ViewNotice switched(Generation g) {
        return new ViewNotice(SWITCHED, g.number(), 0, List.of());
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many bytes {@code text} takes in a payload (JSON-escaped, UTF-8). */
    static int jsonBytes(String text) {
        try {
            return JSON.writeValueAsBytes(text).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notice a payload carries; null for one this version cannot read (ignored: the periodic sync covers it). */
    public static ViewNotice parse(String payload) {
        try {
            return JSON.readValue(payload, ViewNotice.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
