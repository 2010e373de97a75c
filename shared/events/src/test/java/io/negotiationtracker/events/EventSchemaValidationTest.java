package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.negotiationtracker.events.json.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schemas (draft 2020-12, validated with networknt json-schema-validator) accept the demo seed and
 * every pinned JSON of {@link EventJsonTest}, as data, as stored envelopes and as the v1 envelope; and refuse what the
 * codec refuses (an unknown member, an enum value or a date it does not know).
 */
class EventSchemaValidationTest {
    static final EventCodec CODEC = new EventCodec();
    static final Path SEED = Path.of("../../infra/seed/us-japan-tariffs-2025.ndjson");
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Schema schema(String file) {
        try {
            return REGISTRY.getSchema(
                    Files.readString(ContractFilesTest.DIR.resolve("schemas").resolve(file), StandardCharsets.UTF_8),
                    InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> errors(String file, String json) {
        return schema(file)
                .validate(
                        json,
                        InputFormat.JSON,
                        (context, schemaContext) -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream()
                .map(Error::toString)
                .toList();
    }

    static Stream<String> seedLines() throws IOException {
        return Files.readAllLines(SEED, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank());
    }

    @ParameterizedTest
    @MethodSource("seedLines")
    void everySeedLineIsAProposedEventAndItsStoredEnvelopeAnEnvelope(String line) {
        assertThat(errors("proposed-event.schema.json", line)).as(line).isEmpty();
        JsonNode node = CODEC.parse(line);
        String type = node.path("type").asText();
        assertThat(errors(type + ".schema.json", node.path("data").toString()))
                .as(line)
                .isEmpty();
        ObjectNode proposed = ((ObjectNode) node.deepCopy());
        String negotiationId = proposed.remove("negotiationId").asText();
        ProposedEvent event = CODEC.readProposed(proposed, UUID::randomUUID);
        String stored = CODEC.write(new EventEnvelope(
                event.eventId(),
                negotiationId,
                event.type(),
                1,
                1,
                event.occurredOn(),
                Instant.parse("2025-06-17T09:00:00Z"),
                event.sources(),
                event.confidence(),
                event.links(),
                event.data()));
        assertThat(errors("envelope.schema.json", stored)).as(stored).isEmpty();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> pinned() {
        return EventJsonTest.pinned();
    }

    @ParameterizedTest
    @MethodSource("pinned")
    void everyPinnedJsonIsItsTypesDataAndInAnEnvelope(NegotiationEvent event, String json) {
        String type = EventTypes.nameOf(event);
        assertThat(errors(type + ".schema.json", json)).as(json).isEmpty();
        String envelope = CODEC.write(new EventEnvelope(
                UUID.randomUUID(),
                "us-japan-tariffs-2025",
                type,
                2,
                7,
                WorldDate.parse("2025-06-17"),
                Instant.parse("2025-06-17T09:00:00Z"),
                new Source(null, "Kyodo News", "FOCUS", java.time.LocalDate.parse("2025-06-17")),
                Confidence.REPORTED,
                event));
        assertThat(errors("envelope.schema.json", envelope)).as(envelope).isEmpty();
    }

    @Test
    void theV1EnvelopeAsFirstStoredIsStillAnEnvelope() {
        assertThat(errors("envelope.schema.json", EventJsonTest.V1_ENVELOPE)).isEmpty();
        assertThat(errors("envelope.schema.json", CODEC.write(CODEC.readEnvelope(EventJsonTest.V1_ENVELOPE))))
                .isEmpty();
    }

    @Test
    void whatTheCodecRefusesTheSchemasRefuse() {
        assertThat(errors("RoundCancelled.schema.json", "{\"roundId\":\"r\",\"why\":\"unknown member\"}"))
                .isNotEmpty();
        assertThat(errors("IssueClosed.schema.json", "{\"issueId\":\"autos\",\"outcome\":\"maybe\"}"))
                .isNotEmpty();
        assertThat(errors("DeadlineSet.schema.json", "{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"July 9\"}"))
                .isNotEmpty();
        String v1 = EventJsonTest.V1_ENVELOPE;
        assertThat(errors("envelope.schema.json", v1.replace("\"RoundCancelled\"", "\"NoSuchType\"")))
                .isNotEmpty();
        assertThat(errors("envelope.schema.json", v1.replace("{\"roundId\":\"round-7\"}", "{\"roundId\":7}")))
                .as("data is checked against its type's schema")
                .isNotEmpty();
        assertThat(errors(
                        "envelope.schema.json",
                        v1.replace("\"recordedAt\":\"2025-06-17T09:00:00Z\"", "\"recordedAt\":\"noon\"")))
                .as("formats are asserted")
                .isNotEmpty();
    }
}
