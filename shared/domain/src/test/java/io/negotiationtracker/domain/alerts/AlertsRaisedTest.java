package io.negotiationtracker.domain.alerts;

import static io.negotiationtracker.domain.alerts.History.cancelled;
import static io.negotiationtracker.domain.alerts.History.given;
import static io.negotiationtracker.domain.alerts.History.legal;
import static io.negotiationtracker.domain.alerts.History.moved;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.SourceAdded;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a history, when its last event is recorded, then the alerts it raised: a correction as the change it made. */
class AlertsRaisedTest {
    @Test
    void aCorrectedDateRaisesTheMoveAChangeWouldWithTheCorrectionsReason() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published(
                        "2025-06-03",
                        new EventCorrected(
                                id(1), "DeadlineSet", null, legal("pause-end", "2025-07-10"), "it was 10 July"));
        assertThat(lines(history))
                .containsExactly(
                        "extended 2025-07-10 from 2025-07-09 r1: Legal pause-end moved later: 2025-07-09 -> 2025-07-10 (corrected: it was 10 July)");
    }

    @Test
    void aRetractedSettingCancelsTheDeadline() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-03", new EventRetracted(id(1), "the report was denied"));
        assertThat(lines(history))
                .containsExactly(
                        "cancelled null from 2025-07-09 r1: Legal pause-end (due 2025-07-09) is cancelled (retracted: the report was denied)");
    }

    @Test
    void aRetractedMoveMovesTheDateBackAndARetractedCancellationReinstatesIt() {
        var moveBack = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", moved("pause-end", "2025-07-09", "2025-08-01"))
                .published("2025-06-03", new EventRetracted(id(2), "no extension was agreed"));
        assertThat(lines(moveBack))
                .containsExactly(
                        "advanced 2025-07-09 from 2025-08-01 r1: Legal pause-end moved earlier: 2025-08-01 -> 2025-07-09 (retracted: no extension was agreed)");
        var reinstate = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", cancelled("pause-end", "2025-07-09"))
                .published("2025-06-03", new EventRetracted(id(2), "not called off"));
        assertThat(lines(reinstate))
                .containsExactly(
                        "reinstated 2025-07-09 from 2025-07-09 r1: Legal pause-end is reinstated for 2025-07-09 (retracted: not called off)");
    }

    @Test
    void aCorrectionThatLeavesTheDatesAloneOrAnAddedSourceRaisesNothing() {
        var retitled = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published(
                        "2025-06-03",
                        new EventCorrected(
                                id(1), "DeadlineSet", null, History.target("pause-end", "2025-07-09"), "a target"));
        assertThat(lines(retitled)).isEmpty();
        var corroborated = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-03", new SourceAdded(id(1), null));
        assertThat(lines(corroborated)).isEmpty();
    }

    @Test
    void aFactRaisesTheAlertOfTheChangeItMadeAndADateMovedIntoAHorizonRaisesItsTimeAlert() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", moved("pause-end", "2025-07-09", "2025-06-05"));
        assertThat(lines(history))
                .containsExactly(
                        "advanced 2025-06-05 from 2025-07-09 r1: Legal pause-end moved earlier: 2025-07-09 -> 2025-06-05");
        var events = history.events();
        var today = AlertsRaised.onDay(
                Evolve.fold(History.NEGOTIATION, events.subList(0, 1)),
                Evolve.fold(History.NEGOTIATION, events),
                LocalDate.parse("2025-06-02"),
                List.of(1, 7));
        assertThat(today)
                .extracting(a -> a.kind().wireName() + " h" + a.horizonDays())
                .containsExactly("approaching h7");
    }

    @Test
    void theBacktestListsACorrectionsAlertOnTheDayItBecameKnown() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published(
                        "2025-06-03",
                        new EventCorrected(
                                id(1), "DeadlineSet", null, legal("pause-end", "2025-07-10"), "it was 10 July"))
                .published("2025-06-04", new EventRetracted(id(1), "no date was set"));
        assertThat(History.lines(history.backtest("2025-06-01", "2025-06-05", AlertPolicy.DEFAULT)))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-03 extended pause-end 2025-07-10 r1 sent",
                        "2025-06-04 cancelled pause-end null r1 sent");
    }

    @Test
    void aCorrectionsAlertAndALaterOrdinaryChangeOfTheSameKindToTheSameDateAreTwoAlerts() {
        // a retraction takes the setting back (cancelled, r1); the deadline is set again and cancelled by an ordinary
        // change: r1 again, no date again, but another event; each alert is recorded and listed
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", new EventRetracted(id(1), "no date was set"))
                .published("2025-06-03", legal("pause-end", "2025-07-09"))
                .published("2025-06-04", cancelled("pause-end", "2025-07-09"));
        assertThat(raisedBy(history, 2).key()).isNotEqualTo(raisedBy(history, 4).key());
        assertThat(raisedBy(history, 1).key()).isNotEqualTo(raisedBy(history, 3).key());
        assertThat(History.lines(history.backtest("2025-06-01", "2025-06-04", AlertPolicy.DEFAULT)))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-02 cancelled pause-end null r1 sent",
                        "2025-06-03 set pause-end 2025-07-09 r0 sent",
                        "2025-06-04 cancelled pause-end null r1 sent");
    }

    @Test
    void aRetractedMoveAndTheSameMoveRecordedAgainLaterAreTwoAlerts() {
        var history = given().published("2025-06-01", legal("pause-end", "2025-07-09"))
                .published("2025-06-02", moved("pause-end", "2025-07-09", "2025-07-20"))
                .published("2025-06-03", new EventRetracted(id(2), "no extension was agreed"))
                .published("2025-06-04", moved("pause-end", "2025-07-09", "2025-07-20"));
        assertThat(raisedBy(history, 4).key()).isNotEqualTo(raisedBy(history, 2).key());
        assertThat(History.lines(history.backtest("2025-06-01", "2025-06-04", AlertPolicy.DEFAULT)))
                .containsExactly(
                        "2025-06-01 set pause-end 2025-07-09 r0 sent",
                        "2025-06-02 extended pause-end 2025-07-20 r1 sent",
                        "2025-06-03 advanced pause-end 2025-07-09 r1 sent",
                        "2025-06-04 extended pause-end 2025-07-20 r1 sent");
    }

    /** The one alert the {@code version}th event raised, folded as the live notifier folds it. */
    private static DueAlert raisedBy(History history, int version) {
        List<EventEnvelope> events = history.events();
        var before = Evolve.fold(History.NEGOTIATION, events.subList(0, version - 1));
        var after = Evolve.fold(History.NEGOTIATION, events.subList(0, version));
        List<DueAlert> raised = AlertsRaised.by(before, after, events.get(version - 1));
        assertThat(raised).hasSize(1);
        return raised.get(0);
    }

    /** "kind dueOn from previousDueOn r<revision>: message" for each alert the history's last event raised. */
    private static List<String> lines(History history) {
        List<EventEnvelope> events = history.events();
        var before = Evolve.fold(History.NEGOTIATION, events.subList(0, events.size() - 1));
        var after = Evolve.fold(History.NEGOTIATION, events);
        return AlertsRaised.by(before, after, events.get(events.size() - 1)).stream()
                .map(a -> a.kind().wireName() + " " + a.dueOn() + " from " + a.previousDueOn() + " r" + a.revision()
                        + ": " + a.message())
                .toList();
    }

    private static UUID id(int version) {
        return UUID.nameUUIDFromBytes(("e" + version).getBytes());
    }
}
