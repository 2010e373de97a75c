package io.negotiationtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import io.negotiationtracker.testsupport.V1Release;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A store filled by the first release (v1 envelopes and v1 content hashes, written here as that release wrote them),
 * then served by this one: the relay publishes the stored v1 events unchanged and labels them version 1; a retried v1
 * request is recognised as a retry (not refused); a v2 event appends after them and is labelled version 2; every event
 * on the topic reads back through the codec.
 */
class UpgradeFromV1Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void storedV1EventsStayReadableAndRetriesOfThemAreRecognised() throws Exception {
        IngestFixture.Builder app = IngestFixture.fresh("upgrade_v1");
        List<String> v1 = V1Release.envelopes();
        try (IngestFixture ingest = app.start()) {
            storeAsTheFirstReleaseDid((String) app.properties().get("datasources.default.url"), v1);
            var topic = TopicReader.readAll(
                    TestInfrastructure.kafkaBootstrapServers(), ingest.topic(), v1.size(), Duration.ofSeconds(30));
            assertThat(topic).hasSize(v1.size());
            for (int i = 0; i < v1.size(); i++) {
                assertThat(topic.get(i).value()).isEqualTo(v1.get(i));
                assertThat(header(topic.get(i), "ce_dataschemaversion")).isEqualTo("1");
            }

            ObjectNode statement = (ObjectNode) JSON.readTree(v1.get(11));
            String retry = "{\"eventId\":\"" + statement.get("eventId").asText()
                    + "\",\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\"," + "\"source\":"
                    + statement.get("source") + ",\"confidence\":\"confirmed\",\"data\":" + statement.get("data") + "}";
            var again = new Api(ingest.url()).append(V1Release.NEGOTIATION, retry);
            assertThat(again.status()).as(again.raw().body()).isEqualTo(200);

            String v2 =
                    "{\"type\":\"PositionStated\",\"occurredOn\":\"2025-07-22\",\"sources\":[{\"publisher\":\"Kyodo News\",\"title\":\"FOCUS\","
                            + "\"publishedOn\":\"2025-07\",\"attribution\":\"anonymous_official\"},{\"publisher\":\"The Asahi Shimbun\",\"title\":\"Deal\"}],"
                            + "\"links\":{\"deadlines\":[\"pause-end\"]},\"data\":{\"issueId\":\"autos\",\"party\":\"US\",\"position\":\"15% all-in\"}}";
            var appended = new Api(ingest.url()).append(V1Release.NEGOTIATION, v2);
            assertThat(appended.status()).as(appended.raw().body()).isEqualTo(201);
            assertThat(appended.raw().body()).contains("\"version\":15");

            var all = TopicReader.readAll(
                    TestInfrastructure.kafkaBootstrapServers(), ingest.topic(), v1.size() + 1, Duration.ofSeconds(30));
            assertThat(all).hasSize(v1.size() + 1);
            assertThat(header(all.get(v1.size()), "ce_dataschemaversion")).isEqualTo("2");
            EventCodec codec = new EventCodec();
            List<EventEnvelope> read =
                    all.stream().map(r -> codec.readEnvelope(r.value())).toList();
            assertThat(read)
                    .extracting(EventEnvelope::version)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
            assertThat(read.get(v1.size()).sources()).hasSize(2);
            assertThat(read.get(v1.size()).links().deadlines()).containsExactly("pause-end");
            assertThat(read.get(0).sources()).hasSize(1);
        }
    }

    /** Rows as the first release wrote them: the v1 envelope verbatim, and the content hash by the v1 rule. */
    private static void storeAsTheFirstReleaseDid(String jdbcUrl, List<String> envelopes) throws Exception {
        try (Connection c = DriverManager.getConnection(
                jdbcUrl, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword())) {
            c.setAutoCommit(false);
            try (PreparedStatement ps =
                    c.prepareStatement("insert into ingest.streams (negotiation_id, version) values (?, ?)")) {
                ps.setString(1, V1Release.NEGOTIATION);
                ps.setLong(2, envelopes.size());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update ingest.global_position set last = ?")) {
                ps.setLong(1, envelopes.size());
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("insert into ingest.events (position, event_id, negotiation_id, version, type, "
                            + "occurred_on, recorded_at, content_hash, envelope) values (?,?,?,?,?,?,?,?,?::json)")) {
                for (String envelope : envelopes) {
                    ObjectNode e = (ObjectNode) JSON.readTree(envelope);
                    ps.setLong(1, e.get("position").asLong());
                    ps.setObject(2, UUID.fromString(e.get("eventId").asText()));
                    ps.setString(3, e.get("negotiationId").asText());
                    ps.setLong(4, e.get("version").asLong());
                    ps.setString(5, e.get("type").asText());
                    ps.setString(6, e.get("occurredOn").asText());
                    ps.setTimestamp(
                            7, Timestamp.from(Instant.parse(e.get("recordedAt").asText())));
                    ps.setString(8, v1ContentHash(e));
                    ps.setString(9, envelope);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** The first release's digest: SHA-256 of {negotiationId, type, occurredOn, source, confidence, data} as compact JSON. */
    private static String v1ContentHash(ObjectNode e) throws Exception {
        ObjectNode node = JSON.createObjectNode();
        node.set("negotiationId", e.get("negotiationId"));
        node.set("type", e.get("type"));
        node.set("occurredOn", e.get("occurredOn"));
        node.set("source", e.get("source"));
        node.set("confidence", e.get("confidence"));
        node.set("data", e.get("data"));
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(node.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
