package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The envelope put together from parts serialised once is the envelope's tree written out, byte for byte. */
class EventJsonOnceTest {
    private static final EventCodec CODEC = new EventCodec();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-16\",\"source\":{\"publisher\":\"朝日新聞\",\"title\":\"\\\"Quote\\\" \\\\ back\\nslash 😀\"},"
                        + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"tab\\there, é\"}}",
                "{\"type\":\"TariffImposed\",\"occurredOn\":\"2025-04-02\",\"sources\":[{\"publisher\":\"Kyodo\",\"title\":\"K\",\"publishedOn\":\"2025-04\"},"
                        + "{\"publisher\":\"Asahi\",\"title\":\"A\",\"url\":\"https://example.org/a\",\"attribution\":\"media_report\"}],\"confidence\":\"reported\","
                        + "\"links\":{\"issues\":[\"autos\"],\"deadlines\":[\"pause-end\"]},"
                        + "\"data\":{\"measureId\":\"autos\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"cars\",\"ratePercent\":24.50}}"
            })
    void theEnvelopeIsTheTreeWrittenOut(String json) {
        ProposedEvent event = CODEC.readProposed(CODEC.parse(json), UUID::randomUUID);
        Instant recordedAt = Instant.parse("2026-01-02T03:04:05.123456Z");
        EventEnvelope stored = event.stored("us-japan", 12, 345, recordedAt);
        String envelope = EventJson.of(CODEC, event).envelope("us-japan", 12, 345, recordedAt);
        assertThat(envelope).isEqualTo(CODEC.toJson(stored).toString()).isEqualTo(CODEC.write(stored));
        assertThat(EventJson.of(CODEC, event).envelopeBytes("us-japan", 12, 345, recordedAt))
                .isEqualTo(envelope.getBytes(StandardCharsets.UTF_8).length);
    }
}
