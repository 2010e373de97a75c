package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Fixtures.opened;
import static io.negotiationtracker.domain.Fixtures.pauseEnds;
import static io.negotiationtracker.domain.Fixtures.summit;
import static io.negotiationtracker.domain.Spec.NEGOTIATION;
import static io.negotiationtracker.domain.Spec.given;
import static io.negotiationtracker.domain.Spec.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.Attribution;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.SourceAdded;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retractions, corrected copies and added sources, folded: the store keeps every event, the views see the facts. */
class CorrectionsTest {
    static final Source ANONYMOUS = new Source(
            null, "Kyodo", "Government sources say", WorldDate.parse("2025-06-18"), Attribution.ANONYMOUS_OFFICIAL);
    static final Source ON_RECORD =
            new Source(null, "NHK", "Minister confirms", WorldDate.parse("2025-06-20"), Attribution.ON_RECORD);

    static RoundHeld round(String id) {
        return new RoundHeld(id, RoundLevel.MINISTERIAL, null, null, "Washington", List.of(), null, null, null, null);
    }

    static DeadlineSet pauseEndsOn(String day) {
        return new DeadlineSet(
                "pause-end", "End of the 90-day pause", WorldDate.parse(day), DeadlineKind.EFFECTIVE_DATE, null);
    }

    @Test
    void aRetractedRoundNoLongerCounts() {
        var spec = given(opened(), round("r1"), round("r2"))
                .and("2025-06-21", new EventRetracted(id(3), "the meeting never took place"));
        assertThat(spec.state().rounds()).containsOnlyKeys("r1");
        assertThat(RoundCount.of(spec.state()).total()).isEqualTo(1);
    }

    @Test
    void aCorrectedDateMovesTheDeadlineAndTheChangeCarriesTheCorrectionsReason() {
        var spec = given(opened(), pauseEndsOn("2025-07-09"))
                .and(
                        "2025-06-21",
                        new EventCorrected(
                                id(2),
                                "DeadlineSet",
                                null,
                                pauseEndsOn("2025-07-10"),
                                "the date was 10 July, not 9 July"));
        Deadline d = spec.state().deadlines().get("pause-end");
        assertThat(d.dueOn()).isEqualTo(WorldDate.parse("2025-07-10"));
        assertThat(Corrections.amendments(historyOf(spec)).get(id(2)).correctionReason())
                .isEqualTo("the date was 10 July, not 9 July");
    }

    @Test
    void aViewAsKnownBeforeTheCorrectionShowsWhatWasBelievedThen() {
        var spec = given(opened())
                .andRecorded(
                        "2025-06-01",
                        "2025-06-02T00:00:00Z",
                        Spec.SOURCE,
                        Confidence.CONFIRMED,
                        pauseEndsOn("2025-07-09"))
                .andRecorded(
                        "2025-06-21",
                        "2025-06-22T00:00:00Z",
                        Spec.SOURCE,
                        Confidence.CONFIRMED,
                        new EventCorrected(id(2), "DeadlineSet", null, pauseEndsOn("2025-07-10"), "misquoted"));
        var before = Evolve.fold(NEGOTIATION, spec.recordedBy("2025-06-21T00:00:00Z"));
        var after = Evolve.fold(NEGOTIATION, spec.recordedBy("2025-06-23T00:00:00Z"));
        assertThat(before.deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-07-09"));
        assertThat(after.deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-07-10"));
    }

    @Test
    void aCorrectionOfWhenItHappenedMovesTheEventInWorldDateOrder() {
        var spec = given(opened())
                .and("2025-06-16", summit("g7"))
                .and(
                        "2025-06-21",
                        new EventCorrected(
                                id(2),
                                "RoundHeld",
                                WorldDate.parse("2025-06-17"),
                                summit("g7"),
                                "the talks were on the 17th"));
        var resolved = Corrections.resolve(historyOf(spec));
        assertThat(resolved).extracting(e -> e.occurredOn().toString()).containsExactly("2025-06-01", "2025-06-17");
        assertThat(resolved.get(1).eventId()).isEqualTo(id(2));
    }

    @Test
    void aRetractionTakenBackBringsTheEventBack() {
        var spec = given(opened(), round("r1"))
                .and("2025-06-21", new EventRetracted(id(2), "denied"))
                .and("2025-06-22", new EventRetracted(id(3), "the denial was itself wrong"));
        assertThat(spec.state().rounds()).containsOnlyKeys("r1");
    }

    @Test
    void aNamedSourceAddedLaterConfirmsWhatOnlyAnonymousOfficialsReported() {
        var spec = given(opened())
                .andRecorded(
                        "2025-06-18",
                        "2025-06-18T12:00:00Z",
                        ANONYMOUS,
                        Confidence.REPORTED,
                        new StatementMade(
                                new io.negotiationtracker.events.Person("Ryosei Akazawa", "minister", "JP"),
                                "Japan will not accept a deal without autos",
                                null,
                                null))
                .andRecorded(
                        "2025-06-20",
                        "2025-06-20T12:00:00Z",
                        ON_RECORD,
                        Confidence.CONFIRMED,
                        new SourceAdded(id(2), "the minister said it on air"));
        var statement = Corrections.resolve(historyOf(spec)).get(1);
        assertThat(statement.sources()).containsExactly(ANONYMOUS, ON_RECORD);
        assertThat(statement.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(statement.knownOn()).isEqualTo(LocalDate.parse("2025-06-18"));
    }

    @Test
    void correctionsApplyInStreamOrderWhateverOrderTheEventsComeIn() {
        var spec = given(opened(), round("r1"), round("r2"))
                .and("2025-05-01", new EventRetracted(id(3), "never held"))
                .and("2025-05-02", new EventRetracted(id(4), "the retraction was wrong"))
                .and("2025-05-03", new EventRetracted(id(2), "never held either"));
        var reversed = new java.util.ArrayList<>(historyOf(spec));
        java.util.Collections.reverse(reversed);
        assertThat(Corrections.resolve(reversed)).extracting(e -> e.eventId()).containsExactly(id(3), id(1));
    }

    @Test
    void aStreamWithoutCorrectionsIsReadAsItIs() {
        var spec = given(opened(), round("r1"));
        var history = historyOf(spec);
        assertThat(Corrections.resolve(history)).isSameAs(history);
    }

    @Test
    void theLedgerKeepsEveryEventAndAFoldCacheKnowsACorrectionChangesThePast() {
        var spec = given(opened(), round("r1")).and("2025-06-21", new EventRetracted(id(2), "denied"));
        assertThat(spec.state().ledger().entries()).hasSize(3);
        assertThat(spec.state().ledger().retracted(id(2))).isTrue();
        assertThat(spec.state().version()).isEqualTo(3);
        assertThat(Evolve.changesThePast(historyOf(spec).get(2))).isTrue();
        assertThat(Evolve.changesThePast(historyOf(spec).get(1))).isFalse();
    }

    @Test
    void retractingAnEventThisNegotiationDoesNotHoldIsRefusedNamingTheField() {
        given(opened(), round("r1"))
                .when(new EventRetracted(UUID.randomUUID(), "wrong"))
                .thenRefused("data.eventId", "no event");
    }

    @Test
    void retractingAnEventTwiceIsRefused() {
        given(opened(), round("r1"), new EventRetracted(id(2), "denied"))
                .when(new EventRetracted(id(2), "denied again"))
                .thenRefused("data.eventId", "already retracted");
    }

    @Test
    void aRetractionCannotBeRetractedNorCorrected() {
        given(opened(), round("r1"), new EventRetracted(id(2), "denied"))
                .when(new EventRetracted(id(3), "undo"))
                .thenRefused("data.eventId", "cannot be retracted");
        given(opened(), round("r1"), new SourceAdded(id(2), null))
                .when(new EventCorrected(id(3), "RoundHeld", null, round("r1"), "x"))
                .thenRefused("data.eventId", "correct the event");
    }

    @Test
    void aCorrectionThatChangesTheEventsTypeIsRefusedNamingTheField() {
        given(opened(), round("r1"))
                .when(new EventCorrected(id(2), "DeadlineSet", null, pauseEnds("2025-07-09"), "it was a deadline"))
                .thenRefused("data.eventType", "keeps the event's type");
    }

    @Test
    void correctingAndCorroboratingAStandingEventAreAccepted() {
        given(opened(), round("r1"))
                .when(new EventCorrected(id(2), "RoundHeld", null, round("r1"), "place"))
                .thenAccepted();
        given(opened(), round("r1"))
                .when(new SourceAdded(id(2), "also Reuters"))
                .thenAccepted();
    }

    private static List<io.negotiationtracker.events.EventEnvelope> historyOf(Spec spec) {
        return spec.recordedBy("2100-01-01T00:00:00Z");
    }
}
