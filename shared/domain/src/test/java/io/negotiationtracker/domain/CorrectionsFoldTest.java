package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Fixtures.autos;
import static io.negotiationtracker.domain.Fixtures.moved;
import static io.negotiationtracker.domain.Fixtures.opened;
import static io.negotiationtracker.domain.Fixtures.pauseEnds;
import static io.negotiationtracker.domain.Spec.NEGOTIATION;
import static io.negotiationtracker.domain.Spec.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.domain.alerts.AlertRules;
import io.negotiationtracker.domain.alerts.DueAlert;
import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.ConcessionMade;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueOutcome;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.ProposalAnswer;
import io.negotiationtracker.events.ProposalAnswered;
import io.negotiationtracker.events.ProposalMade;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How each part of a negotiation's state, the views read from it and the alert rules fold a retraction or a corrected
 * copy; and, for each, that the state as known before the correction (knownAt: the events recorded by then) still
 * shows what was believed then. Given events recorded day by day / when the correction is recorded / then the views.
 */
class CorrectionsFoldTest {
    /** Recorded one day apart from 1 June 2025, each on the day it happened; the correction is the last. */
    static Spec recorded(NegotiationEvent... events) {
        Spec spec = Spec.given();
        for (int i = 0; i < events.length; i++) {
            String day = LocalDate.parse("2025-06-01").plusDays(i).toString();
            spec.andRecorded(day, day + "T12:00:00Z", Spec.SOURCE, Confidence.CONFIRMED, events[i]);
        }
        return spec;
    }

    /** The state as known at the end of the day before the last event (the correction) was recorded. */
    static NegotiationState knownBeforeTheCorrection(Spec spec, int events) {
        String day = LocalDate.parse("2025-06-01").plusDays(events - 2).toString();
        return Evolve.fold(NEGOTIATION, spec.recordedBy(day + "T23:59:59Z"));
    }

    static RoundHeld round(String id, RoundLevel level) {
        return new RoundHeld(id, level, null, null, "Tokyo", List.of(), null, null, null, null);
    }

    static TariffImposed autoTariff(String rate) {
        return new TariffImposed(
                "autos-232", "US", "JP", "automobiles", new BigDecimal(rate), TariffBasis.ADDITIONAL, null, null);
    }

    static StatementMade said(String quote) {
        return new StatementMade(new Person("Ryosei Akazawa", "minister", "JP"), quote, null);
    }

    @Test
    void roundsARetractedRoundIsNotCountedAndACorrectedLevelCountsUnderItsNewLevel() {
        var retracted =
                recorded(opened(), round("r1", RoundLevel.MINISTERIAL), new EventRetracted(id(2), "never held"));
        assertThat(RoundCount.of(retracted.state()).total()).isZero();
        assertThat(RoundCount.of(knownBeforeTheCorrection(retracted, 3)).total())
                .isEqualTo(1);

        var corrected = recorded(
                opened(),
                round("r1", RoundLevel.WORKING),
                new EventCorrected(id(2), "RoundHeld", null, round("r1", RoundLevel.MINISTERIAL), "ministers met"));
        assertThat(RoundCount.of(corrected.state()).byLevel()).isEqualTo(Map.of(RoundLevel.MINISTERIAL, 1));
        assertThat(RoundCount.of(knownBeforeTheCorrection(corrected, 3)).byLevel())
                .isEqualTo(Map.of(RoundLevel.WORKING, 1));
    }

    @Test
    void issuesARetractedClosingReopensTheIssueAndARetractedOpeningRemovesIt() {
        var reopened = recorded(
                opened(),
                autos(),
                new IssueClosed("autos", IssueOutcome.RESOLVED, null),
                new EventRetracted(id(3), "not settled after all"));
        assertThat(reopened.state().issues().get("autos").isOpen()).isTrue();
        assertThat(knownBeforeTheCorrection(reopened, 4).issues().get("autos").isOpen())
                .isFalse();

        var removed = recorded(opened(), autos(), new EventRetracted(id(2), "no such issue was raised"));
        assertThat(removed.state().issues()).isEmpty();
        assertThat(knownBeforeTheCorrection(removed, 3).issues()).containsOnlyKeys("autos");
    }

    @Test
    void tariffsACorrectedRateIsTheRateInForceAndARetractedImpositionLeavesNoMeasure() {
        var corrected = recorded(
                opened(),
                autoTariff("25"),
                new EventCorrected(id(2), "TariffImposed", null, autoTariff("27.5"), "the order says 27.5%"));
        assertThat(rate(corrected.state())).isEqualByComparingTo("27.5");
        assertThat(rate(knownBeforeTheCorrection(corrected, 3))).isEqualByComparingTo("25");

        var retracted = recorded(opened(), autoTariff("25"), new EventRetracted(id(2), "only threatened"));
        assertThat(retracted.state().tariffs()).isEmpty();
        assertThat(knownBeforeTheCorrection(retracted, 3).tariffs()).containsOnlyKeys("autos-232");
    }

    @Test
    void proposalsARetractedAnswerLeavesTheProposalUnanswered() {
        var spec = recorded(
                opened(),
                new ProposalMade("p1", "JP", "Investment package", null, List.of()),
                new ProposalAnswered("p1", "US", ProposalAnswer.REJECTED, null),
                new EventRetracted(id(3), "the rejection was misreported"));
        assertThat(spec.state().proposals().get("p1").answers()).isEmpty();
        assertThat(knownBeforeTheCorrection(spec, 4).proposals().get("p1").answers())
                .extracting(Proposal.Answer::answer)
                .containsExactly(ProposalAnswer.REJECTED);
    }

    @Test
    void statementsAndConcessionsARetractedOneIsGoneAndACorrectedQuoteReplacesTheQuote() {
        var spec = recorded(
                opened(),
                said("No deal without autos"),
                new ConcessionMade("JP", null, "Rice imports"),
                new EventCorrected(id(2), "StatementMade", null, said("No deal without cars"), "misquoted"),
                new EventRetracted(id(3), "no concession was made"));
        assertThat(spec.state().statements()).extracting(s -> s.said().quote()).containsExactly("No deal without cars");
        assertThat(spec.state().concessions()).isEmpty();
        var before = knownBeforeTheCorrection(spec, 4);
        assertThat(before.statements()).extracting(s -> s.said().quote()).containsExactly("No deal without autos");
        assertThat(before.concessions()).hasSize(1);
    }

    @Test
    void deadlinesARetractedMoveMovesTheDateBackAndTheTimeAlertsFollowTheDateAsKnown() {
        var spec = recorded(
                opened(),
                pauseEnds("2025-07-09"),
                moved("2025-07-09", "2025-06-10"),
                new EventRetracted(id(3), "no such change was announced"));
        assertThat(spec.state().deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-07-09"));
        assertThat(onDay(spec.state(), "2025-06-05")).isEmpty();
        var before = knownBeforeTheCorrection(spec, 4);
        assertThat(before.deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-06-10"));
        assertThat(onDay(before, "2025-06-05"))
                .extracting(a -> a.kind() + " " + a.dueOn() + " h" + a.horizonDays())
                .containsExactly("APPROACHING 2025-06-10 h7");
    }

    @Test
    void agreementsARetractedAgreementMakesAPassedDeadlinePassWithoutOne() {
        var spec = recorded(
                opened(),
                pauseEnds("2025-06-05"),
                new AgreementReached("interim", AgreementScope.INTERIM, "An interim accord", List.of()),
                new EventRetracted(id(3), "talks collapsed before signing"));
        assertThat(spec.state().agreements()).isEmpty();
        assertThat(onDay(spec.state(), "2025-06-06"))
                .extracting(DueAlert::kind, DueAlert::agreementBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.PASSED, false));
        assertThat(onDay(knownBeforeTheCorrection(spec, 4), "2025-06-06"))
                .extracting(DueAlert::kind, DueAlert::agreementBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.PASSED, true));
    }

    private static BigDecimal rate(NegotiationState s) {
        return MeasureStanding.of(s.tariffs().get("autos-232"), s.deadlines(), LocalDate.parse("2025-06-30"))
                .ratePercent();
    }

    private static List<DueAlert> onDay(NegotiationState s, String day) {
        return AlertRules.onDay(s, LocalDate.parse(day), List.of(1, 7));
    }
}
