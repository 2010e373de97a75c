package io.negotiationtracker.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digest put together from an event's serialised parts is the digest of stored events: the tree written out. */
class ContentHashTest {
    private static final EventCodec CODEC = new EventCodec();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\",\"source\":{\"publisher\":\"朝日\",\"title\":\"\\\"Q\\\" \\\\ 😀\"},"
                        + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"tab\\there\"}}",
                "{\"type\":\"TariffImposed\",\"occurredOn\":\"2025-04\",\"sources\":[{\"publisher\":\"Kyodo\",\"title\":\"K\",\"publishedOn\":\"2025-04\"},"
                        + "{\"publisher\":\"Asahi\",\"title\":\"A\",\"attribution\":\"media_report\"}],\"confidence\":\"reported\",\"links\":{\"issues\":[\"autos\"]},"
                        + "\"data\":{\"measureId\":\"autos\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"cars\",\"ratePercent\":24.50}}"
            })
    void isTheDigestOfTheTreeAsStoredEventsHaveIt(String json) {
        ProposedEvent e = CODEC.readProposed(CODEC.parse(json), UUID::randomUUID);
        assertThat(ContentHash.of("us-japan", e, EventJson.of(CODEC, e))).isEqualTo(treeDigest("us-japan", e));
    }

    /** The digest as it was first computed, from a tree of the event's fields. */
    private static String treeDigest(String negotiationId, ProposedEvent e) {
        var node = CODEC.mapper().createObjectNode();
        node.put("negotiationId", negotiationId);
        node.put("type", e.type());
        node.put("occurredOn", e.occurredOn().toString());
        node.set("source", CODEC.mapper().valueToTree(e.source()));
        if (e.sources().size() > 1) node.set("sources", CODEC.mapper().valueToTree(e.sources()));
        node.set("confidence", CODEC.mapper().valueToTree(e.confidence()));
        if (!e.links().none()) node.set("links", CODEC.mapper().valueToTree(e.links()));
        node.set("data", CODEC.dataJson(e.data()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(node.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
