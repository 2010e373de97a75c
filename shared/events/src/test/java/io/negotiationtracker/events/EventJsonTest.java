package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.json.EventCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the wire format of every v1 type: a change here breaks every consumer of the topic and the store. */
class EventJsonTest {
    private static final EventCodec CODEC = new EventCodec();

    static Stream<Arguments> pinned() {
        Person akazawa = new Person("Ryosei Akazawa", "minister in charge of economic revitalization", "JP");
        return Stream.of(
                Arguments.of(
                        new NegotiationOpened(
                                "US-Japan tariff talks",
                                List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                                List.of(akazawa),
                                null),
                        "{\"title\":\"US-Japan tariff talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}],"
                                + "\"leads\":[{\"name\":\"Ryosei Akazawa\",\"role\":\"minister in charge of economic revitalization\",\"party\":\"JP\"}]}"),
                Arguments.of(
                        new RoundHeld(
                                "kananaskis",
                                RoundLevel.SUMMIT,
                                RoundFormat.IN_PERSON,
                                2,
                                "Kananaskis",
                                List.of(),
                                30,
                                RoundOutcome.NO_AGREEMENT,
                                "G7 sidelines"),
                        "{\"roundId\":\"kananaskis\",\"level\":\"summit\",\"format\":\"in_person\",\"roundNumber\":2,\"location\":\"Kananaskis\",\"participants\":[],"
                                + "\"durationMinutes\":30,\"outcome\":\"no_agreement\",\"summary\":\"G7 sidelines\"}"),
                Arguments.of(
                        new RoundCancelled("round-7", "postponed"),
                        "{\"roundId\":\"round-7\",\"reason\":\"postponed\"}"),
                Arguments.of(
                        new IssueOpened("autos", "Auto tariffs", "JP", null),
                        "{\"issueId\":\"autos\",\"title\":\"Auto tariffs\",\"raisedBy\":\"JP\"}"),
                Arguments.of(
                        new IssueClosed("autos", IssueOutcome.SUPERSEDED, "folded into the deal"),
                        "{\"issueId\":\"autos\",\"outcome\":\"superseded\",\"summary\":\"folded into the deal\"}"),
                Arguments.of(
                        new TariffImposed(
                                "us-autos",
                                "US",
                                "JP",
                                "automobiles",
                                new BigDecimal("25"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-04-03"),
                                null),
                        "{\"measureId\":\"us-autos\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"automobiles\",\"ratePercent\":25,\"basis\":\"additional\",\"effectiveOn\":\"2025-04-03\"}"),
                Arguments.of(
                        new TariffThreatened(
                                "us-autos-raise", "US", "JP", "automobiles", null, null, null, "threat to raise"),
                        "{\"measureId\":\"us-autos-raise\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"automobiles\",\"basis\":\"additional\",\"summary\":\"threat to raise\"}"),
                Arguments.of(
                        new TariffChanged(
                                "us-autos",
                                new BigDecimal("15"),
                                TariffBasis.ALL_INCLUSIVE,
                                WorldDate.parse("2025-08"),
                                "deal"),
                        "{\"measureId\":\"us-autos\",\"ratePercent\":15,\"basis\":\"all_inclusive\",\"effectiveOn\":\"2025-08\",\"reason\":\"deal\"}"),
                Arguments.of(
                        new DeadlineSet(
                                "pause-end",
                                "End of the pause",
                                WorldDate.parse("2025-07-09"),
                                DeadlineKind.EFFECTIVE_DATE,
                                null),
                        "{\"deadlineId\":\"pause-end\",\"title\":\"End of the pause\",\"dueOn\":\"2025-07-09\",\"kind\":\"effective_date\"}"),
                Arguments.of(
                        new DeadlineChanged(
                                "pause-end",
                                WorldDate.parse("2025-07-09"),
                                WorldDate.parse("2025-08-01"),
                                false,
                                "order"),
                        "{\"deadlineId\":\"pause-end\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\",\"cancelled\":false,\"reason\":\"order\"}"),
                Arguments.of(
                        new DeadlineChangeSignaled(
                                "pause-end", SignalDirection.EXTEND, null, "may be suspended beyond July 9"),
                        "{\"deadlineId\":\"pause-end\",\"direction\":\"extend\",\"summary\":\"may be suspended beyond July 9\"}"),
                Arguments.of(
                        new StatementMade(new Person("Shigeru Ishiba", "Prime Minister", "JP"), "Issues remain", null),
                        "{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"role\":\"Prime Minister\",\"party\":\"JP\"},\"quote\":\"Issues remain\"}"),
                Arguments.of(
                        new AgreementReached("framework", AgreementScope.FRAMEWORK, "15% all-in", List.of("autos")),
                        "{\"agreementId\":\"framework\",\"scope\":\"framework\",\"summary\":\"15% all-in\",\"settlesIssues\":[\"autos\"]}"));
    }

    @ParameterizedTest
    @MethodSource("pinned")
    void eachTypeHasAPinnedJsonAndReadsBack(NegotiationEvent event, String json) {
        assertThat(CODEC.dataJson(event).toString()).isEqualTo(json);
        assertThat(CODEC.readData(EventTypes.nameOf(event), json)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("pinned")
    void everyTypeHasAStableNameThatIsNotTheClassName(NegotiationEvent event, String json) {
        assertThat(EventTypes.ALL).contains(EventTypes.nameOf(event));
        assertThat(EventTypes.classOf(EventTypes.nameOf(event))).contains(event.getClass());
    }

    /** The v1 envelope, as the first release stored and published it: it must stay readable forever. */
    static final String V1_ENVELOPE =
            "{\"eventId\":\"3f1c2a9e-5b7d-4c1e-9f2a-7d8e6b5c4a3f\",\"negotiationId\":\"us-japan-tariffs-2025\",\"type\":\"RoundCancelled\","
                    + "\"version\":3,\"position\":42,\"occurredOn\":\"2025-04\",\"recordedAt\":\"2025-06-17T09:00:00Z\",\"source\":{\"publisher\":\"Kyodo News\","
                    + "\"title\":\"FOCUS\",\"publishedOn\":\"2025-06-17\"},\"confidence\":\"reported\",\"data\":{\"roundId\":\"round-7\"}}";

    @org.junit.jupiter.api.Test
    void theV1EnvelopeStillReadsAndIsWrittenAsV2WithTheV1FieldsKept() {
        var e = new EventEnvelope(
                UUID.fromString("3f1c2a9e-5b7d-4c1e-9f2a-7d8e6b5c4a3f"),
                "us-japan-tariffs-2025",
                "RoundCancelled",
                3,
                42,
                WorldDate.parse("2025-04"),
                Instant.parse("2025-06-17T09:00:00Z"),
                new Source(null, "Kyodo News", "FOCUS", LocalDate.parse("2025-06-17")),
                Confidence.REPORTED,
                new RoundCancelled("round-7", null));
        assertThat(CODEC.readEnvelope(V1_ENVELOPE)).isEqualTo(e);
        String json = CODEC.write(e);
        assertThat(json)
                .isEqualTo(
                        "{\"eventId\":\"3f1c2a9e-5b7d-4c1e-9f2a-7d8e6b5c4a3f\",\"negotiationId\":\"us-japan-tariffs-2025\",\"type\":\"RoundCancelled\","
                                + "\"version\":3,\"position\":42,\"occurredOn\":\"2025-04\",\"recordedAt\":\"2025-06-17T09:00:00Z\",\"source\":{\"publisher\":\"Kyodo News\","
                                + "\"title\":\"FOCUS\",\"publishedOn\":\"2025-06-17\"},\"sources\":[{\"publisher\":\"Kyodo News\",\"title\":\"FOCUS\",\"publishedOn\":\"2025-06-17\"}],"
                                + "\"confidence\":\"reported\",\"schemaVersion\":2,\"data\":{\"roundId\":\"round-7\"}}");
        assertThat(CODEC.readEnvelope(json)).isEqualTo(e);
    }
}
