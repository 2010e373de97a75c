package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Fixtures.autos;
import static io.negotiationtracker.domain.Fixtures.opened;
import static io.negotiationtracker.domain.Spec.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.IssueMarkedBlocking;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.PositionStated;
import io.negotiationtracker.events.ProposalAnswer;
import io.negotiationtracker.events.ProposalAnswered;
import io.negotiationtracker.events.ProposalMade;
import io.negotiationtracker.events.RateQualifier;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.TargetOutcome;
import io.negotiationtracker.events.TargetSettled;
import io.negotiationtracker.events.TariffAnnounced;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffLifted;
import io.negotiationtracker.events.TariffSuspended;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The v2 rules: deadline classes and target status, measure states, round counting, positions and proposals, links. */
class AnalystTruthTest {
    static DeadlineSet legal(String id, String due, String... governs) {
        return DeadlineSet.of(
                id,
                "Legal " + id,
                WorldDate.parse(due),
                DeadlineClass.LEGAL,
                null,
                governs.length == 0 ? null : List.of(governs),
                null);
    }

    static DeadlineSet target(String id, String due) {
        return DeadlineSet.of(id, "Japan's aim " + id, WorldDate.parse(due), DeadlineClass.TARGET, "JP", null, null);
    }

    static TariffImposed reciprocal() {
        return new TariffImposed(
                "recip",
                "US",
                "JP",
                "imports from Japan",
                new BigDecimal("24"),
                null,
                null,
                null,
                RateQualifier.UP_TO,
                null,
                null,
                null);
    }

    static RoundHeld round(String id, RoundLevel level, Integer number, List<String> caps) {
        return new RoundHeld(id, level, null, number, null, List.of(), null, null, null, caps);
    }

    static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void theHeadlineIsTheNextLegalDateNeverAnEarlierTargetOrMilestone() {
        var s = given(
                        opened(),
                        target("early-july", "2025-07-early"),
                        legal("pause-end", "2025-07-09"),
                        DeadlineSet.of(
                                "election",
                                "Upper House election",
                                WorldDate.parse("2025-07-20"),
                                DeadlineClass.MILESTONE,
                                null,
                                null,
                                null))
                .state();
        assertThat(DeadlineStanding.nextLegal(s, day("2025-06-17"))
                        .orElseThrow()
                        .deadline()
                        .deadlineId())
                .isEqualTo("pause-end");
        assertThat(DeadlineStanding.nextLegal(s, day("2025-06-17"))
                        .orElseThrow()
                        .daysLeft())
                .isEqualTo(22);
        assertThat(DeadlineStanding.nextLegal(s, day("2025-07-09"))
                        .orElseThrow()
                        .timing())
                .isEqualTo(DeadlineStanding.Timing.DUE_TODAY);
        assertThat(DeadlineStanding.nextLegal(s, day("2025-07-10"))).isEmpty();
    }

    @Test
    void aV1EffectiveDateIsALegalDateAndAV1TargetATarget() {
        var s = given(
                        opened(),
                        Fixtures.pauseEnds("2025-07-09"),
                        new DeadlineSet(
                                "aim",
                                "aim",
                                WorldDate.parse("2025-07"),
                                io.negotiationtracker.events.DeadlineKind.TARGET,
                                null))
                .state();
        assertThat(s.deadlines().get("pause-end").deadlineClass()).isEqualTo(DeadlineClass.LEGAL);
        assertThat(s.deadlines().get("aim").deadlineClass()).isEqualTo(DeadlineClass.TARGET);
    }

    @Test
    void aTargetIsOnTrackThenInDoubtAfterASignalAndMissedOnceItsWindowEnds() {
        var spec = given(opened(), target("early-july", "2025-07-early"));
        assertThat(DeadlineStanding.of(spec.state().deadlines().get("early-july"), day("2025-06-17"))
                        .targetStatus())
                .isEqualTo(DeadlineStanding.TargetStatus.ON_TRACK);
        spec.and("2025-06-16", new DeadlineChangeSignaled("early-july", SignalDirection.UNCERTAIN, null, "clouded"));
        Deadline d = spec.state().deadlines().get("early-july");
        assertThat(DeadlineStanding.of(d, day("2025-06-17")).targetStatus())
                .isEqualTo(DeadlineStanding.TargetStatus.IN_DOUBT);
        assertThat(DeadlineStanding.of(d, day("2025-06-17")).isWindow()).isTrue();
        assertThat(DeadlineStanding.of(d, day("2025-07-05")).timing()).isEqualTo(DeadlineStanding.Timing.IN_WINDOW);
        assertThat(DeadlineStanding.of(d, day("2025-07-10")).timing()).isEqualTo(DeadlineStanding.Timing.IN_WINDOW);
        assertThat(DeadlineStanding.of(d, day("2025-07-11")).targetStatus())
                .isEqualTo(DeadlineStanding.TargetStatus.MISSED);
        assertThat(DeadlineStanding.of(d, day("2025-07-11")).timing()).isEqualTo(DeadlineStanding.Timing.PASSED);
    }

    @Test
    void aTargetSettledByAnEventShowsThatOutcomeAndOnlyTargetsCanBeSettled() {
        var spec = given(opened(), target("interim", "2025-06-16"), legal("pause-end", "2025-07-09"))
                .and("2025-06-16", new TargetSettled("interim", TargetOutcome.MISSED, "no deal at the summit"));
        assertThat(DeadlineStanding.of(spec.state().deadlines().get("interim"), day("2025-06-16"))
                        .targetStatus())
                .isEqualTo(DeadlineStanding.TargetStatus.MISSED);
        spec.when(new TargetSettled("interim", TargetOutcome.MET, null))
                .thenRefused("data.deadlineId", "already settled");
        spec.when(new TargetSettled("pause-end", TargetOutcome.MET, null))
                .thenRefused("data.deadlineId", "not a target");
        given(opened())
                .when(DeadlineSet.of("t", "t", WorldDate.parse("2025-07"), DeadlineClass.TARGET, "KR", null, null))
                .thenRefused("data.owner", "not a party");
    }

    @Test
    void aSuspendedRateIsNotAThreatAndAppliesWhenThePauseEndsUnlessTheDeadlineMoves() {
        var spec = given(
                opened(),
                reciprocal(),
                legal("pause-end", "2025-07-09", "recip"),
                new TariffSuspended("recip", "pause-end", new BigDecimal("24"), RateQualifier.UP_TO, null, null));
        MeasureStanding june = MeasureStanding.of(
                spec.state().tariffs().get("recip"), spec.state().deadlines(), day("2025-06-17"));
        assertThat(june.state()).isEqualTo(MeasureStanding.State.SUSPENDED);
        assertThat(june.ceiling()).isTrue();
        assertThat(june.threat()).isEmpty();
        MeasureStanding after = MeasureStanding.of(
                spec.state().tariffs().get("recip"), spec.state().deadlines(), day("2025-07-09"));
        assertThat(after.state()).isEqualTo(MeasureStanding.State.IN_FORCE);
        assertThat(after.pauseEnded()).isTrue();
        spec.and(
                "2025-07-07",
                new DeadlineChanged(
                        "pause-end", WorldDate.parse("2025-07-09"), WorldDate.parse("2025-08-01"), false, "extended"));
        assertThat(MeasureStanding.of(
                                spec.state().tariffs().get("recip"),
                                spec.state().deadlines(),
                                day("2025-07-10"))
                        .state())
                .isEqualTo(MeasureStanding.State.SUSPENDED);
    }

    @Test
    void measuresWithAnUnknownRateAreInForceAnnouncedOnesAreNotAndLiftedOnesEnd() {
        var spec = given(opened())
                .and("2025-03-12", new TariffImposed("steel", "US", "JP", "steel", null, null, null, "rate not given"))
                .and(
                        "2025-06-01",
                        new TariffAnnounced(
                                "pharma",
                                "US",
                                "JP",
                                "pharmaceuticals",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                .and(
                        "2025-06-02",
                        new TariffAnnounced(
                                "chips",
                                "US",
                                "JP",
                                "chips",
                                new BigDecimal("25"),
                                null,
                                WorldDate.parse("2025-08-01"),
                                null,
                                null,
                                null,
                                null,
                                null))
                .and("2025-06-03", new TariffLifted("steel", WorldDate.parse("2025-07-01"), "deal"));
        var s = spec.state();
        assertThat(MeasureStanding.of(s.tariffs().get("steel"), s.deadlines(), day("2025-06-17"))
                        .state())
                .isEqualTo(MeasureStanding.State.IN_FORCE);
        assertThat(MeasureStanding.of(s.tariffs().get("steel"), s.deadlines(), day("2025-06-17"))
                        .rateKnown())
                .isFalse();
        assertThat(MeasureStanding.of(s.tariffs().get("steel"), s.deadlines(), day("2025-07-01"))
                        .state())
                .isEqualTo(MeasureStanding.State.LIFTED);
        assertThat(MeasureStanding.of(s.tariffs().get("pharma"), s.deadlines(), day("2025-06-17"))
                        .state())
                .isEqualTo(MeasureStanding.State.ANNOUNCED);
        assertThat(MeasureStanding.of(s.tariffs().get("chips"), s.deadlines(), day("2025-06-17"))
                        .state())
                .isEqualTo(MeasureStanding.State.SCHEDULED);
        assertThat(MeasureStanding.of(s.tariffs().get("chips"), s.deadlines(), day("2025-08-01"))
                        .state())
                .isEqualTo(MeasureStanding.State.IN_FORCE);
    }

    @Test
    void anIncreaseThreatenedOnAMeasureInForceIsKeptBesideItsState() {
        var s = given(opened())
                .and(
                        "2025-04-03",
                        new TariffImposed("autos", "US", "JP", "automobiles", new BigDecimal("25"), null, null, null))
                .and(
                        "2025-06-12",
                        new TariffThreatened("autos", "US", "JP", "automobiles", null, null, null, "further increase"))
                .state();
        MeasureStanding st = MeasureStanding.of(s.tariffs().get("autos"), s.deadlines(), day("2025-06-17"));
        assertThat(st.state()).isEqualTo(MeasureStanding.State.IN_FORCE);
        assertThat(st.ratePercent()).isEqualByComparingTo("25");
        assertThat(st.threat()).isPresent();
    }

    @Test
    void aPauseNeedsALegalDeadlineAndACeilingCannotLieBelowTheKnownRate() {
        var base = given(opened(), reciprocal(), target("aim", "2025-07"));
        base.when(new TariffSuspended("recip", "nope", null, null, null, null))
                .thenRefused("data.untilDeadlineId", "does not exist");
        base.when(new TariffSuspended("recip", "aim", null, null, null, null))
                .thenRefused("data.untilDeadlineId", "not a legal date");
        given(opened())
                .when(new TariffSuspended("recip", "aim", null, null, null, null))
                .thenRefused("data.measureId", "not imposed");
        var autos = given(
                opened(),
                new TariffImposed("autos", "US", "JP", "automobiles", new BigDecimal("25"), null, null, null));
        autos.when(new TariffThreatened(
                        "autos",
                        "US",
                        "JP",
                        "automobiles",
                        new BigDecimal("20"),
                        null,
                        null,
                        null,
                        RateQualifier.UP_TO,
                        null,
                        null,
                        null))
                .thenRefused("data.ratePercent", "lower than the known rate of 25%");
        autos.when(new TariffThreatened(
                        "autos",
                        "US",
                        "JP",
                        "automobiles",
                        new BigDecimal("50"),
                        null,
                        null,
                        null,
                        RateQualifier.UP_TO,
                        null,
                        null,
                        null))
                .thenAccepted();
    }

    @Test
    void roundsCountFromTheOpeningAndALeadersMeetingIsListedWithTheRoundsItCapped() {
        var spec = given();
        spec.and("2025-02", round("washington", RoundLevel.SUMMIT, 1, null));
        spec.and("2025-04", opened());
        for (int i = 1; i <= 6; i++)
            spec.and(i == 1 ? "2025-04" : "2025", round("m" + i, RoundLevel.MINISTERIAL, i, null));
        spec.and("2025-06-16", round("kananaskis", RoundLevel.SUMMIT, 2, List.of("m1", "m2", "m3", "m4", "m5", "m6")));
        RoundCount count = RoundCount.of(spec.state());
        assertThat(count.total()).isEqualTo(6);
        assertThat(count.byLevel()).containsEntry(RoundLevel.MINISTERIAL, 6).doesNotContainKey(RoundLevel.SUMMIT);
        assertThat(count.capstones()).extracting(Round::roundId).containsExactly("kananaskis");
        assertThat(count.beforeOpening()).extracting(Round::roundId).containsExactly("washington");
        assertThat(count.counted()).extracting(Round::roundId).containsExactly("m1", "m2", "m3", "m4", "m5", "m6");
        given(opened())
                .when(round("g7", RoundLevel.SUMMIT, null, List.of("m9")))
                .thenRefused("data.caps[0]", "was not held");
    }

    @Test
    void positionsChangeOverTimeProposalsAreNotIssuesAndAnIssueCanBeBlocking() {
        var spec = given(opened(), autos())
                .and("2025-04-01", new PositionStated("autos", "JP", "removal of the 25% tariff", null))
                .and("2025-06-16", new PositionStated("autos", "JP", "at least a reduction", null))
                .and("2025-06-16", new PositionStated("autos", "US", "refuses to eliminate the tariff", null))
                .and("2025-06-16", new IssueMarkedBlocking("autos", true, "key stumbling block"))
                .and("2025-06-16", new ProposalMade("energy", "JP", "Energy investment", null, List.of("autos")));
        var s = spec.state();
        Issue issue = s.issues().get("autos");
        assertThat(issue.blocking()).isTrue();
        assertThat(issue.currentPositions().get("JP").position()).isEqualTo("at least a reduction");
        assertThat(issue.positions()).hasSize(3);
        assertThat(s.issues()).hasSize(1);
        assertThat(s.proposals().get("energy").status()).isEqualTo("open");
        spec.when(new ProposalAnswered("energy", "JP", ProposalAnswer.REJECTED, null))
                .thenRefused("data.party", "its own proposal");
        spec.when(new ProposalAnswered("nope", "US", ProposalAnswer.REJECTED, null))
                .thenRefused("data.proposalId", "does not exist");
        spec.when(new PositionStated("steel", "JP", "removal", null)).thenRefused("data.issueId", "does not exist");
        spec.when(new PositionStated("autos", "KR", "removal", null)).thenRefused("data.party", "not a party");
        spec.and("2025-06-20", new ProposalAnswered("energy", "US", ProposalAnswer.REJECTED, null));
        assertThat(spec.state().proposals().get("energy").status()).isEqualTo("rejected");
    }

    @Test
    void linksMustNameWhatExistsAndViewsListWhatRefersToThem() {
        var spec = given(opened(), autos(), legal("pause-end", "2025-07-09"));
        spec.whenLinked(
                        new io.negotiationtracker.events.StatementMade(
                                new io.negotiationtracker.events.Person("Scott Bessent", null, "US"),
                                "may extend",
                                null),
                        new Links(List.of("autos"), List.of("nope"), List.of()))
                .thenRefused("links.measures[0]", "does not exist");
        spec.whenLinked(
                        new io.negotiationtracker.events.StatementMade(
                                new io.negotiationtracker.events.Person("Scott Bessent", null, "US"),
                                "may extend",
                                null),
                        new Links(List.of("autos"), List.of(), List.of("pause-end")))
                .thenAccepted();
        spec.andLinked(
                "2025-06-11",
                new io.negotiationtracker.events.StatementMade(
                        new io.negotiationtracker.events.Person("Scott Bessent", null, "US"), "may extend", null),
                new Links(List.of(), List.of(), List.of("pause-end")));
        assertThat(spec.state().referencesTo(Subject.deadline("pause-end"))).hasSize(1);
        assertThat(spec.state().referencesTo(Subject.issue("autos"))).isEmpty();
    }
}
