package io.negotiationtracker.ingest.store;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what an event says (everything but its id and what the store assigns), to tell a retry from a reuse of its
 * id. v2 fields enter the digest only when used, so an event written in the v1 shape keeps the digest it had before v2.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(EventCodec codec, String negotiationId, ProposedEvent e) {
        var node = codec.mapper().createObjectNode();
        node.put("negotiationId", negotiationId);
        node.put("type", e.type());
        node.put("occurredOn", e.occurredOn().toString());
        node.set("source", codec.mapper().valueToTree(e.source()));
        if (e.sources().size() > 1) node.set("sources", codec.mapper().valueToTree(e.sources()));
        node.set("confidence", codec.mapper().valueToTree(e.confidence()));
        if (!e.links().none()) node.set("links", codec.mapper().valueToTree(e.links()));
        node.set("data", codec.dataJson(e.data()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(node.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
