package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Fixtures.autos;
import static io.negotiationtracker.domain.Fixtures.moved;
import static io.negotiationtracker.domain.Fixtures.opened;
import static io.negotiationtracker.domain.Fixtures.pauseEnds;
import static io.negotiationtracker.domain.Fixtures.summit;
import static io.negotiationtracker.domain.Spec.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolveTest {
    @Test
    void aDeadlineKeepsEveryVersionAndHowItMoved() {
        var state = given(opened(), pauseEnds("2025-07-09"))
                .and(
                        "2025-06-11",
                        new DeadlineChangeSignaled(
                                "pause-end", SignalDirection.EXTEND, null, "may be suspended beyond July 9"))
                .and("2025-07-07", moved("2025-07-09", "2025-08-01"))
                .and("2025-07-20", moved("2025-08-01", "2025-07-25"))
                .and("2025-07-21", new DeadlineChanged("pause-end", WorldDate.parse("2025-07-25"), null, true, "deal"))
                .state();
        Deadline d = state.deadlines().get("pause-end");
        assertThat(d.history())
                .extracting(DeadlineChange::kind)
                .containsExactly(
                        DeadlineChangeKind.SET,
                        DeadlineChangeKind.SIGNALLED,
                        DeadlineChangeKind.EXTENDED,
                        DeadlineChangeKind.ADVANCED,
                        DeadlineChangeKind.CANCELLED);
        assertThat(d.cancelled()).isTrue();
        assertThat(d.dueOn()).isNull();
        assertThat(d.lastDueOn()).isEqualTo(WorldDate.parse("2025-07-25"));
        assertThat(d.revision()).isEqualTo(3);
    }

    @Test
    void movingADeadlineBackToAnEarlierDateIsANewRevision() {
        var d = given(
                        opened(),
                        pauseEnds("2025-07-09"),
                        moved("2025-07-09", "2025-08-01"),
                        moved("2025-08-01", "2025-07-09"))
                .state()
                .deadlines()
                .get("pause-end");
        assertThat(d.dueOn()).isEqualTo(WorldDate.parse("2025-07-09"));
        assertThat(d.revision()).isEqualTo(2);
    }

    @Test
    void aTariffCountsFromItsEffectiveDateAndAThreatUntilItIsCarriedOut() {
        var state = given(opened())
                .and(
                        "2025-04-02",
                        new TariffThreatened(
                                "recip",
                                "US",
                                "JP",
                                "all goods",
                                new BigDecimal("24"),
                                TariffBasis.ADDITIONAL,
                                null,
                                null))
                .and(
                        "2025-07-22",
                        new TariffImposed(
                                "recip",
                                "US",
                                "JP",
                                "all goods",
                                new BigDecimal("15"),
                                TariffBasis.ALL_INCLUSIVE,
                                WorldDate.parse("2025-08-07"),
                                "agreed rate applies from August 7"))
                .state();
        TariffMeasure m = state.tariffs().get("recip");
        assertThat(m.pendingThreat()).isEmpty();
        assertThat(rateOn(state, "recip", "2025-08-06")).isEmpty();
        assertThat(MeasureStanding.of(m, state.deadlines(), LocalDate.parse("2025-08-06"))
                        .state())
                .isEqualTo(MeasureStanding.State.SCHEDULED);
        assertThat(rateOn(state, m.measureId(), "2025-08-07").orElseThrow()).isEqualByComparingTo("15");
    }

    @Test
    void aRetroactiveChangeAppliesFromItsPastDate() {
        var state = given(opened())
                .and(
                        "2025-04-03",
                        new TariffImposed("autos", "US", "JP", "automobiles", new BigDecimal("25"), null, null, null))
                .and(
                        "2025-09-10",
                        new TariffChanged(
                                "autos",
                                new BigDecimal("15"),
                                TariffBasis.ALL_INCLUSIVE,
                                WorldDate.parse("2025-08-01"),
                                "retroactive"))
                .state();
        TariffMeasure m = state.tariffs().get("autos");
        assertThat(rateOn(state, m.measureId(), "2025-07-31").orElseThrow()).isEqualByComparingTo("25");
        assertThat(rateOn(state, m.measureId(), "2025-08-02").orElseThrow()).isEqualByComparingTo("15");
    }

    @Test
    void anAgreementClosesTheIssuesItSettlesAndRoundsAreCounted() {
        var state = given(
                        opened(),
                        autos(),
                        summit("g7"),
                        summit("washington"),
                        new AgreementReached("deal", AgreementScope.FRAMEWORK, "framework deal", List.of("autos")))
                .state();
        assertThat(state.issues().get("autos").isOpen()).isFalse();
        assertThat(state.rounds().values().stream().filter(Round::wasHeld)).hasSize(2);
        assertThat(state.version()).isEqualTo(5);
        assertThat(state.sources()).hasSize(1);
    }

    @Test
    void theFoldIsTotalWhenAChangeArrivesBeforeWhatItChanges() {
        var state = given(opened())
                .and("2025-06-01", moved("2025-07-09", "2025-08-01"))
                .state();
        assertThat(state.deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-08-01"));
    }

    @Test
    void aLaterRetroactiveDecisionWinsOverAnEarlierOne() {
        var state = given(opened())
                .and(
                        "2025-06-01",
                        new TariffImposed(
                                "steel",
                                "US",
                                "JP",
                                "steel",
                                new BigDecimal("50"),
                                null,
                                WorldDate.parse("2025-06-04"),
                                null))
                .and(
                        "2025-06-10",
                        new TariffChanged(
                                "steel", new BigDecimal("25"), null, WorldDate.parse("2025-06-01"), "retroactive cut"))
                .state();
        assertThat(rateOn(state, "steel", "2025-06-05").orElseThrow()).isEqualByComparingTo("25");
    }

    @Test
    void anIssueClosedBeforeItsOpeningInWorldOrderStaysClosed() {
        var state = given(opened())
                .and(
                        "2025-05-01",
                        new io.negotiationtracker.events.IssueClosed(
                                "autos", io.negotiationtracker.events.IssueOutcome.DROPPED, null))
                .and("2025-06-01", autos())
                .state();
        assertThat(state.issues().get("autos").isOpen()).isFalse();
        assertThat(state.issues().get("autos").title()).isEqualTo("Auto tariffs");
    }

    @Test
    void inWorldOrderWhatComesBeforeItsSubjectIsKept() {
        var state = given(opened())
                .and(
                        "2025-04-01",
                        new TariffChanged("steel", new BigDecimal("25"), null, WorldDate.parse("2025-04-01"), "cut"))
                .and(
                        "2025-04-02",
                        new TariffImposed(
                                "steel",
                                "US",
                                "JP",
                                "steel",
                                new BigDecimal("50"),
                                null,
                                WorldDate.parse("2025-03-12"),
                                null))
                .and("2025-05-01", new AgreementReached("deal", AgreementScope.INTERIM, "deal", List.of("autos")))
                .and("2025-05-02", autos())
                .and("2025-06-11", new DeadlineChangeSignaled("pause-end", SignalDirection.EXTEND, null, "may move"))
                .and("2025-06-12", moved("2025-07-09", "2025-08-01"))
                .and("2025-06-13", pauseEnds("2025-07-09"))
                .state();
        assertThat(state.tariffs().get("steel").product()).isEqualTo("steel");
        assertThat(state.tariffs().get("steel").imposedBy()).isEqualTo("US");
        assertThat(state.issues().get("autos").isOpen()).isFalse();
        Deadline d = state.deadlines().get("pause-end");
        assertThat(d.title()).isEqualTo("End of the 90-day pause");
        assertThat(d.dueOn()).isEqualTo(WorldDate.parse("2025-08-01"));
        assertThat(d.history())
                .extracting(DeadlineChange::kind)
                .containsExactly(DeadlineChangeKind.SET, DeadlineChangeKind.SIGNALLED, DeadlineChangeKind.EXTENDED);
    }

    /** The rate in force on a day, if the measure is in force then. */
    static java.util.Optional<BigDecimal> rateOn(NegotiationState state, String measureId, String day) {
        MeasureStanding st =
                MeasureStanding.of(state.tariffs().get(measureId), state.deadlines(), LocalDate.parse(day));
        return st.state() == MeasureStanding.State.IN_FORCE
                ? java.util.Optional.ofNullable(st.ratePercent())
                : java.util.Optional.empty();
    }
}
