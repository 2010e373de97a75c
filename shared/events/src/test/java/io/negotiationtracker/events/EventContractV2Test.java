package io.negotiationtracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.events.json.EventCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The v2 additions: pinned JSON of each new type and field, the rules the records enforce, and v1 shapes still accepted. */
class EventContractV2Test {
    private static final EventCodec CODEC = new EventCodec();
    private static final String SOURCE = "\"source\":{\"publisher\":\"Asahi\",\"title\":\"No breakthrough\"}";

    private static ProposedEvent read(String json) {
        return CODEC.readProposed(
                CODEC.parse(json.replace("SRC", SOURCE)),
                () -> UUID.fromString("00000000-0000-4000-8000-000000000002"));
    }

    static Stream<Arguments> pinnedV2() {
        return Stream.of(
                Arguments.of(
                        DeadlineSet.of(
                                "pause-end",
                                "End of the pause",
                                WorldDate.parse("2025-07-09"),
                                DeadlineClass.LEGAL,
                                null,
                                List.of("reciprocal"),
                                null),
                        "{\"deadlineId\":\"pause-end\",\"title\":\"End of the pause\",\"dueOn\":\"2025-07-09\",\"deadlineClass\":\"legal\",\"governs\":[\"reciprocal\"]}"),
                Arguments.of(
                        DeadlineSet.of(
                                "conclude",
                                "Conclude in early July",
                                WorldDate.parse("2025-07-early"),
                                DeadlineClass.TARGET,
                                "JP",
                                null,
                                null),
                        "{\"deadlineId\":\"conclude\",\"title\":\"Conclude in early July\",\"dueOn\":\"2025-07-early\",\"deadlineClass\":\"target\",\"owner\":\"JP\"}"),
                Arguments.of(
                        new TariffImposed(
                                "us-steel",
                                "US",
                                "JP",
                                "steel",
                                null,
                                null,
                                null,
                                "rate not given",
                                null,
                                null,
                                "Section 232",
                                List.of("7206")),
                        "{\"measureId\":\"us-steel\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"steel\",\"basis\":\"additional\",\"summary\":\"rate not given\","
                                + "\"legalBasis\":\"Section 232\",\"productCodes\":[\"7206\"]}"),
                Arguments.of(
                        new TariffAnnounced(
                                "us-global",
                                "US",
                                null,
                                "all imports",
                                new BigDecimal("12"),
                                null,
                                null,
                                null,
                                null,
                                TariffScope.GLOBAL,
                                null,
                                null),
                        "{\"measureId\":\"us-global\",\"imposedBy\":\"US\",\"product\":\"all imports\",\"ratePercent\":12,\"basis\":\"additional\",\"scope\":\"global\"}"),
                Arguments.of(
                        new TariffSuspended(
                                "reciprocal", "pause-end", new BigDecimal("24"), RateQualifier.UP_TO, null, null),
                        "{\"measureId\":\"reciprocal\",\"untilDeadlineId\":\"pause-end\",\"ratePercent\":24,\"rateQualifier\":\"up_to\"}"),
                Arguments.of(
                        new TariffLifted("reciprocal", WorldDate.parse("2025-09"), "deal"),
                        "{\"measureId\":\"reciprocal\",\"effectiveOn\":\"2025-09\",\"reason\":\"deal\"}"),
                Arguments.of(
                        new PositionStated("autos", "JP", "at least a reduction", null),
                        "{\"issueId\":\"autos\",\"party\":\"JP\",\"position\":\"at least a reduction\"}"),
                Arguments.of(
                        new ProposalMade("energy", "JP", "Energy investment", null, List.of("autos")),
                        "{\"proposalId\":\"energy\",\"party\":\"JP\",\"title\":\"Energy investment\",\"issues\":[\"autos\"]}"),
                Arguments.of(
                        new ProposalAnswered("energy", "US", ProposalAnswer.REJECTED, null),
                        "{\"proposalId\":\"energy\",\"party\":\"US\",\"answer\":\"rejected\"}"),
                Arguments.of(
                        new ConcessionMade("JP", "autos", "accepts quotas"),
                        "{\"party\":\"JP\",\"issueId\":\"autos\",\"summary\":\"accepts quotas\"}"),
                Arguments.of(
                        new IssueMarkedBlocking("autos", true, "key stumbling block"),
                        "{\"issueId\":\"autos\",\"blocking\":true,\"summary\":\"key stumbling block\"}"),
                Arguments.of(
                        new TargetSettled("interim", TargetOutcome.MISSED, null),
                        "{\"deadlineId\":\"interim\",\"outcome\":\"missed\"}"),
                Arguments.of(
                        new StatementMade(
                                new Person("Shigeru Ishiba", null, "JP"),
                                null,
                                null,
                                "the troop costs did not come up"),
                        "{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"paraphrase\":\"the troop costs did not come up\"}"),
                Arguments.of(
                        new RoundHeld(
                                "g7", RoundLevel.SUMMIT, null, null, null, null, null, null, null, List.of("r1", "r2")),
                        "{\"roundId\":\"g7\",\"level\":\"summit\",\"format\":\"in_person\",\"participants\":[],\"outcome\":\"unknown\",\"caps\":[\"r1\",\"r2\"]}"));
    }

    @ParameterizedTest
    @MethodSource("pinnedV2")
    void eachV2ShapeIsPinnedAndReadsBack(NegotiationEvent event, String json) {
        assertThat(CODEC.dataJson(event).toString()).isEqualTo(json);
        assertThat(CODEC.readData(EventTypes.nameOf(event), json)).isEqualTo(event);
        assertThat(EventTypes.classOf(EventTypes.nameOf(event))).contains(event.getClass());
    }

    @Test
    void aV1DeadlineReadsAsTheClassItsKindStandsFor() {
        assertThat(((DeadlineSet)
                                CODEC.readData(
                                        "DeadlineSet",
                                        "{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07-09\",\"kind\":\"effective_date\"}"))
                        .effectiveClass())
                .isEqualTo(DeadlineClass.LEGAL);
        assertThat(((DeadlineSet) CODEC.readData(
                                "DeadlineSet",
                                "{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07\",\"kind\":\"target\"}"))
                        .effectiveClass())
                .isEqualTo(DeadlineClass.TARGET);
        assertThat(((DeadlineSet) CODEC.readData(
                                "DeadlineSet", "{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07\"}"))
                        .effectiveClass())
                .isEqualTo(DeadlineClass.LEGAL);
    }

    @Test
    void severalSourcesWithAttributionAndTheKnowledgeDay() {
        ProposedEvent e = read("{\"type\":\"IssueOpened\",\"occurredOn\":\"2025-06-16\",\"sources\":["
                + "{\"publisher\":\"Asahi\",\"title\":\"A\",\"publishedOn\":\"2025-06-17\",\"attribution\":\"anonymous_official\"},"
                + "{\"publisher\":\"Kyodo\",\"title\":\"K\",\"publishedOn\":\"2025-06\",\"attribution\":\"media_report\"}],"
                + "\"links\":{\"measures\":[\"us-autos\"]},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}}");
        assertThat(e.sources()).hasSize(2);
        assertThat(e.links().measures()).containsExactly("us-autos");
        assertThat(e.confidence()).isEqualTo(Confidence.CONFIRMED);
        EventEnvelope stored = e.stored("n", 1, 1, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(stored.knownOn()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(CODEC.readEnvelope(CODEC.write(stored))).isEqualTo(stored);
    }

    @Test
    void anEventWhoseOnlySupportIsAnAnonymousOfficialIsReported() {
        ProposedEvent e = read(
                "{\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"sources\":[{\"publisher\":\"Asahi\",\"title\":\"A\",\"attribution\":\"anonymous_official\"}],"
                        + "\"data\":{\"issueId\":\"a\",\"title\":\"t\"}}");
        assertThat(e.confidence()).isEqualTo(Confidence.REPORTED);
        assertThat(e.stored("n", 1, 1, java.time.Instant.parse("2026-01-01T00:00:00Z"))
                        .knownOn())
                .isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void aStoredV2EventCanBeSubmittedAgainAsItWasExported() {
        ProposedEvent e = read(
                "{\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"sources\":[{\"publisher\":\"A\",\"title\":\"T\"},{\"publisher\":\"B\",\"title\":\"U\"}],"
                        + "\"data\":{\"issueId\":\"a\",\"title\":\"t\"}}");
        var exported = (com.fasterxml.jackson.databind.node.ObjectNode)
                CODEC.toJson(e.stored("n", 3, 9, java.time.Instant.parse("2026-01-01T00:00:00Z")));
        for (String assigned : List.of("negotiationId", "version", "position", "recordedAt")) exported.remove(assigned);
        ProposedEvent again = CODEC.readProposed(exported, UUID::randomUUID);
        assertThat(again).isEqualTo(e);
        exported.put("schemaVersion", 3);
        assertThatThrownBy(() -> CODEC.readProposed(exported, UUID::randomUUID))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, x -> assertThat(x.field()).isEqualTo("schemaVersion"));
    }

    @Test
    void partOfMonthDatesHaveWindows() {
        assertThat(WorldDate.parse("2025-07-early").latest()).isEqualTo(LocalDate.parse("2025-07-10"));
        assertThat(WorldDate.parse("2025-07-mid").earliest()).isEqualTo(LocalDate.parse("2025-07-11"));
        assertThat(WorldDate.parse("2025-07-mid").latest()).isEqualTo(LocalDate.parse("2025-07-20"));
        assertThat(WorldDate.parse("2025-02-late").latest()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(WorldDate.parse("2025-07")).isLessThan(WorldDate.parse("2025-07-early"));
        assertThat(WorldDate.parse("2025-07-early")).isLessThan(WorldDate.parse("2025-07-01"));
        assertThat(WorldDate.parse("2025-07-late").toString()).isEqualTo("2025-07-late");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown class | {\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07\",\"deadlineClass\":\"wish\"}} | data.deadlineClass | must be one of: legal, target, milestone",
                "target without owner | {\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07\",\"deadlineClass\":\"target\"}} | data.owner | is required for a target",
                "class against kind | {\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2025-07\",\"kind\":\"target\",\"deadlineClass\":\"legal\",\"owner\":\"JP\"}} | data.deadlineClass | give one of them",
                "suspension without deadline | {\"type\":\"TariffSuspended\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\"}} | data.untilDeadlineId | is required",
                "qualifier without rate | {\"type\":\"TariffSuspended\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\",\"untilDeadlineId\":\"d\",\"rateQualifier\":\"up_to\"}} | data.rateQualifier | needs a ratePercent",
                "bad HS code | {\"type\":\"TariffImposed\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"p\",\"productCodes\":[\"cars\"]}} | data.productCodes[0] | HS code",
                "NUL in a title | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"a\\u0000b\"}} | data.title | control character U+0000",
                "escape in a source | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"x\\u001b\",\"title\":\"t\"},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | source.publisher | control character U+001B",
                "lone surrogate | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"a\\ud800\"}} | data.title | unpaired surrogate",
                "year 999999999 | {\"type\":\"IssueOpened\",\"occurredOn\":\"+999999999-01-01T00:00:00Z\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | occurredOn | between 1900 and 2200",
                "year 2500 | {\"type\":\"DeadlineSet\",\"occurredOn\":\"2025\",SRC,\"data\":{\"deadlineId\":\"d\",\"title\":\"t\",\"dueOn\":\"2500-01-01\"}} | data.dueOn | between 1900 and 2200",
                "year 1066 | {\"type\":\"IssueOpened\",\"occurredOn\":\"1066\",SRC,\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | occurredOn | between 1900 and 2200",
                "both source forms | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"sources\":[{\"publisher\":\"x\",\"title\":\"t\"}],\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | sources | not both",
                "empty sources | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"sources\":[],\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | sources | at least one",
                "year-precision publication | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"x\",\"title\":\"t\",\"publishedOn\":\"2025\"},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | source.publishedOn | day (2025-06-17) or a month",
                "anonymous but confirmed | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"confidence\":\"confirmed\",\"source\":{\"publisher\":\"x\",\"title\":\"t\",\"attribution\":\"anonymous_official\"},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | confidence | anonymous officials",
                "bad link | {\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",SRC,\"links\":{\"issues\":[\"Autos\"]},\"data\":{\"issueId\":\"a\",\"title\":\"t\"}} | links.issues[0] | must be a slug",
                "statement without words | {\"type\":\"StatementMade\",\"occurredOn\":\"2025\",SRC,\"data\":{\"speaker\":{\"name\":\"n\",\"party\":\"JP\"}}} | data.quote | is required",
                "number as text | {\"type\":\"StatementMade\",\"occurredOn\":\"2025\",SRC,\"data\":{\"speaker\":{\"name\":\"n\",\"party\":\"JP\"},\"quote\":5}} | data.quote | wrong shape",
                "fraction as a whole number | {\"type\":\"RoundHeld\",\"occurredOn\":\"2025\",SRC,\"data\":{\"roundId\":\"r\",\"level\":\"summit\",\"roundNumber\":1.5}} | data.roundNumber | wrong shape",
                "text as a whole number | {\"type\":\"RoundHeld\",\"occurredOn\":\"2025\",SRC,\"data\":{\"roundId\":\"r\",\"level\":\"summit\",\"roundNumber\":\"2\"}} | data.roundNumber | wrong shape",
                "absurdly precise rate | {\"type\":\"TariffImposed\",\"occurredOn\":\"2025\",SRC,\"data\":{\"measureId\":\"m\",\"imposedBy\":\"US\",\"target\":\"JP\",\"product\":\"p\",\"ratePercent\":1e-999}} | data.ratePercent | 4 decimal places",
                "round capping itself | {\"type\":\"RoundHeld\",\"occurredOn\":\"2025\",SRC,\"data\":{\"roundId\":\"r\",\"level\":\"summit\",\"caps\":[\"r\"]}} | data.caps | cannot cap itself",
            })
    void badV2InputNamesTheField(String name, String json, String field, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidEventException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void listsLongerThanTheCapAreRefused() {
        String many = String.join(
                ",", java.util.Collections.nCopies(Require.MAX_LIST + 1, "{\"name\":\"n\",\"party\":\"JP\"}"));
        assertThatThrownBy(() -> read(
                        "{\"type\":\"RoundHeld\",\"occurredOn\":\"2025\",SRC,\"data\":{\"roundId\":\"r\",\"level\":\"working\",\"participants\":["
                                + many + "]}}"))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("data.participants"));
    }
}
