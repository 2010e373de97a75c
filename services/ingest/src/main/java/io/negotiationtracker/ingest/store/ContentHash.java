package io.negotiationtracker.ingest.store;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what an event says (everything but its id and what the store assigns), to tell a retry from a reuse of its
 * id. v2 fields enter the digest only when used, so an event written in the v1 shape keeps the digest it had before v2.
 * The digested text is compact JSON, {@code {"negotiationId","type","occurredOn","source",["sources"],"confidence",
 * ["links"],"data"}}, put together from the parts of the event's {@link EventJson} rather than serialised again.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(String negotiationId, ProposedEvent e, EventJson json) {
        StringBuilder text = new StringBuilder(
                        json.data().length() + json.sources().length() * 2 + 200)
                .append("{\"negotiationId\":")
                .append(EventJson.quote(negotiationId))
                .append(",\"type\":")
                .append(json.type())
                .append(",\"occurredOn\":")
                .append(json.occurredOn())
                .append(",\"source\":")
                .append(json.source());
        if (e.sources().size() > 1) text.append(",\"sources\":").append(json.sources());
        text.append(",\"confidence\":").append(json.confidence());
        if (json.links() != null) text.append(",\"links\":").append(json.links());
        text.append(",\"data\":").append(json.data()).append('}');
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
