package io.negotiationtracker.domain.alerts;

import static io.negotiationtracker.domain.alerts.History.cancelled;
import static io.negotiationtracker.domain.alerts.History.given;
import static io.negotiationtracker.domain.alerts.History.legal;
import static io.negotiationtracker.domain.alerts.History.lines;
import static io.negotiationtracker.domain.alerts.History.milestone;
import static io.negotiationtracker.domain.alerts.History.moved;
import static io.negotiationtracker.domain.alerts.History.signalled;
import static io.negotiationtracker.domain.alerts.History.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.TargetOutcome;
import io.negotiationtracker.events.TargetSettled;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert rules, given a history and a range of days, then the alerts each day raises (the backtest is the rules run day by day). */
class AlertRulesTest {
    static final AlertPolicy LEGAL = AlertPolicy.DEFAULT;
    static final AlertPolicy ALL = AlertPolicy.everything(List.of(7, 1));

    @Test
    void aLegalDateIsSetThenApproachesAtEachHorizonIsDueAndPasses() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .backtest("2025-05-01", "2025-07-31", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-07-02 approaching pause-end 2025-07-09 h7 r0 sent",
                        "2025-07-08 approaching pause-end 2025-07-09 h1 r0 sent",
                        "2025-07-09 due_today pause-end 2025-07-09 r0 sent",
                        "2025-07-10 passed pause-end 2025-07-09 r0 sent");
        assertThat(alerts.get(4).alert().agreementBefore()).isFalse();
    }

    @Test
    void nothingIsKnownBeforeItsPublicationNorBeforeItHappened() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06", "2025-06-11", signalled("pause-end"))
                .backtest("2025-05-01", "2025-06-30", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-11 change_signalled pause-end 2025-07-09 r0 sent");
    }

    @Test
    void anApproachingAlertForADateMovedBeforeItsDayIsNotSentAndTheNewDateGetsItsOwn() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-07-05", moved("pause-end", "2025-07-09", "2025-08-01"))
                .backtest("2025-06-01", "2025-08-05", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-07-02 approaching pause-end 2025-07-09 h7 r0 sent",
                        "2025-07-05 extended pause-end 2025-08-01 r1 sent",
                        "2025-07-08 approaching pause-end 2025-07-09 h1 r0 moved_before_alert_day",
                        "2025-07-09 due_today pause-end 2025-07-09 r0 moved_before_alert_day",
                        "2025-07-10 passed pause-end 2025-07-09 r0 moved_before_alert_day",
                        "2025-07-25 approaching pause-end 2025-08-01 h7 r1 sent",
                        "2025-07-31 approaching pause-end 2025-08-01 h1 r1 sent",
                        "2025-08-01 due_today pause-end 2025-08-01 r1 sent",
                        "2025-08-02 passed pause-end 2025-08-01 r1 sent");
    }

    @Test
    void movingADateBackToAnEarlierValueAlertsAgain() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-07-03", moved("pause-end", "2025-07-09", "2025-08-01"))
                .published("2025-07-04", moved("pause-end", "2025-08-01", "2025-07-09"))
                .backtest("2025-07-01", "2025-07-10", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-07-02 approaching pause-end 2025-07-09 h7 r0 sent",
                        "2025-07-03 extended pause-end 2025-08-01 r1 sent",
                        "2025-07-04 advanced pause-end 2025-07-09 r2 sent",
                        "2025-07-04 approaching pause-end 2025-07-09 h7 r2 sent",
                        "2025-07-08 approaching pause-end 2025-07-09 h1 r2 sent",
                        "2025-07-09 due_today pause-end 2025-07-09 r2 sent",
                        "2025-07-10 passed pause-end 2025-07-09 r2 sent");
    }

    @Test
    void aCancelledDateRaisesNothingMoreAndAReinstatedOneAlertsForItsNewDate() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-20", cancelled("pause-end", "2025-07-09"))
                .published("2025-07-20", moved("pause-end", "2025-07-09", "2025-07-30"))
                .backtest("2025-06-01", "2025-07-31", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-20 cancelled pause-end null r1 sent",
                        "2025-07-02 approaching pause-end 2025-07-09 h7 r0 cancelled_before_alert_day",
                        "2025-07-08 approaching pause-end 2025-07-09 h1 r0 cancelled_before_alert_day",
                        "2025-07-09 due_today pause-end 2025-07-09 r0 cancelled_before_alert_day",
                        "2025-07-10 passed pause-end 2025-07-09 r0 cancelled_before_alert_day",
                        "2025-07-20 reinstated pause-end 2025-07-30 r2 sent",
                        "2025-07-23 approaching pause-end 2025-07-30 h7 r2 sent",
                        "2025-07-29 approaching pause-end 2025-07-30 h1 r2 sent",
                        "2025-07-30 due_today pause-end 2025-07-30 r2 sent",
                        "2025-07-31 passed pause-end 2025-07-30 r2 sent");
    }

    @Test
    void anEarlierStreamEventPublishedLaterIsFoldedInItsPlaceTheDayItIsLearned() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-07-05", "2025-06-05", moved("pause-end", "2025-07-09", "2025-08-01"))
                .published("2025-06-10", signalled("pause-end"))
                .backtest("2025-06-01", "2025-07-10", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-10 change_signalled pause-end 2025-07-09 r0 sent",
                        "2025-07-02 approaching pause-end 2025-07-09 h7 r0 sent",
                        "2025-07-05 extended pause-end 2025-08-01 r1 sent",
                        "2025-07-08 approaching pause-end 2025-07-09 h1 r0 moved_before_alert_day",
                        "2025-07-09 due_today pause-end 2025-07-09 r0 moved_before_alert_day",
                        "2025-07-10 passed pause-end 2025-07-09 r0 moved_before_alert_day");
    }

    @Test
    void aChangeLearnedTheSameDayAsALaterMoveIsASupersededVersion() {
        var alerts = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-01", moved("pause-end", "2025-07-09", "2025-08-01"))
                .backtest("2025-06-01", "2025-06-02", LEGAL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 superseded_version",
                        "2025-06-01 extended pause-end 2025-08-01 r1 sent");
    }

    @Test
    void aTargetIsMetOrMissedByAnEventAndOtherwiseMissedWhenItsWindowEnds() {
        var alerts = given().published("2025-06-01", target("summit-aim", "2025-06-16"))
                .published("2025-06-01", target("early-july", "2025-07-early"))
                .published("2025-06-16", new TargetSettled("summit-aim", TargetOutcome.MISSED, "no accord"))
                .backtest("2025-06-10", "2025-07-12", ALL);
        assertThat(lines(alerts))
                .containsExactly(
                        "2025-06-10 approaching summit-aim 2025-06-16 h7 r0 sent",
                        "2025-06-15 approaching summit-aim 2025-06-16 h1 r0 sent",
                        "2025-06-16 target_missed summit-aim 2025-06-16 r0 sent",
                        "2025-06-24 approaching early-july 2025-07-early h7 r0 sent",
                        "2025-06-30 approaching early-july 2025-07-early h1 r0 sent",
                        "2025-07-11 target_missed early-july 2025-07-early r0 sent");
        var met = given().published("2025-06-01", target("aim", "2025-06-16"))
                .published("2025-06-12", new TargetSettled("aim", TargetOutcome.MET, "accord reached"))
                .backtest("2025-06-12", "2025-06-30", ALL);
        assertThat(lines(met)).containsExactly("2025-06-12 target_met aim 2025-06-16 r0 sent");
    }

    @Test
    void aPolicyFollowingLegalDatesListsTargetsAndMilestonesAsOutsideIt() {
        var history = given().published("2025-06-01", target("aim", "2025-06-16"))
                .published("2025-06-01", milestone("election", "2025-06-10"))
                .published("2025-06-01", legal("pause-end", "2025-06-20"));
        assertThat(lines(history.backtest("2025-06-01", "2025-06-03", LEGAL)))
                .containsExactly(
                        "2025-06-01 set aim 2025-06-16 r0 outside_policy",
                        "2025-06-01 set election 2025-06-10 r0 outside_policy",
                        "2025-06-01 set pause-end 2025-06-20 r0 sent",
                        "2025-06-03 approaching election 2025-06-10 h7 r0 outside_policy");
        var onlyDayBefore = new AlertPolicy(
                EnumSet.of(DeadlineClass.LEGAL, DeadlineClass.MILESTONE),
                EnumSet.of(AlertKind.APPROACHING),
                List.of(1));
        assertThat(lines(history.backtest("2025-06-01", "2025-06-19", onlyDayBefore)))
                .containsExactly(
                        "2025-06-01 set aim 2025-06-16 r0 outside_policy",
                        "2025-06-01 set election 2025-06-10 r0 outside_policy",
                        "2025-06-01 set pause-end 2025-06-20 r0 outside_policy",
                        "2025-06-09 approaching election 2025-06-10 h1 r0 sent",
                        "2025-06-10 due_today election 2025-06-10 r0 outside_policy",
                        "2025-06-11 passed election 2025-06-10 r0 outside_policy",
                        "2025-06-15 approaching aim 2025-06-16 h1 r0 outside_policy",
                        "2025-06-16 due_today aim 2025-06-16 r0 outside_policy",
                        "2025-06-17 target_missed aim 2025-06-16 r0 outside_policy",
                        "2025-06-19 approaching pause-end 2025-06-20 h1 r0 sent");
    }

    @Test
    void passedSaysWhetherAnAgreementCameOnOrBeforeTheDate() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published(
                        "2025-07-09",
                        new AgreementReached("deal", AgreementScope.FRAMEWORK, "a framework deal", List.of()));
        var passed = history.backtest("2025-07-10", "2025-07-10", LEGAL);
        assertThat(lines(passed)).containsExactly("2025-07-10 passed pause-end 2025-07-09 r0 sent");
        assertThat(passed.get(0).alert().agreementBefore()).isTrue();
    }

    @Test
    void theLiveRuleForADayIsTheSameCallAndOnlyTheCurrentVersionRaisesAnything() {
        var state = Evolve.fold(
                History.NEGOTIATION,
                given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                        .published("2025-06-02", moved("pause-end", "2025-07-09", "2025-08-01"))
                        .events());
        assertThat(AlertRules.onDay(state, LocalDate.parse("2025-07-08"), List.of(1, 7)))
                .isEmpty();
        assertThat(AlertRules.onDay(state, LocalDate.parse("2025-07-31"), List.of(1, 7)))
                .singleElement()
                .satisfies(a -> assertThat(a.key()).isEqualTo("talks|pause-end|r1|2025-08-01|APPROACHING|1|-"));
    }

    @Test
    void aPolicyRefusesHorizonsOutsideAYearAndEmptyClassesNamingTheField() {
        assertThatThrownBy(() -> new AlertPolicy(
                        EnumSet.of(DeadlineClass.LEGAL), EnumSet.allOf(AlertKind.class), List.of(7, 400)))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("horizonsDays[1]"));
        assertThatThrownBy(() ->
                        new AlertPolicy(EnumSet.noneOf(DeadlineClass.class), EnumSet.allOf(AlertKind.class), null))
                .isInstanceOfSatisfying(
                        InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("classes"));
    }
}
