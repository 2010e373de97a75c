package io.negotiationtracker.notifier.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every alert kind, from events on the real topic and from explicit days, against a real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertKindsTest {
    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter events;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().today("2025-01-01").with("tracker.alerts.scan-interval", "1h");
        notifier = app.start();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
    }

    List<String> kinds(String negotiationId) {
        List<String> out = new ArrayList<>();
        Alerts.of(notifier.url(), "negotiationId=" + negotiationId)
                .forEach(a -> out.add(a.path("kind").asText()));
        return out;
    }

    /** Scans the given day and returns how many alerts it raised for this negotiation (the database is shared by the tests). */
    int scan(String negotiationId, String day) {
        int before = kinds(negotiationId).size();
        notifier.scan(day);
        return kinds(negotiationId).size() - before;
    }

    JsonNode awaitAlerts(String negotiationId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(negotiationId).size() >= count);
        return Alerts.of(notifier.url(), "negotiationId=" + negotiationId);
    }

    @Test
    void aDeadlineSetRaisesASetAlert() {
        events.set("set-case", "pause-end", "2025-07-09");
        JsonNode alert = awaitAlerts("set-case", 1).get(0);
        assertThat(alert.path("kind").asText()).isEqualTo("set");
        assertThat(alert.path("dueOn").asText()).isEqualTo("2025-07-09");
        assertThat(alert.path("deadlineId").asText()).isEqualTo("pause-end");
        assertThat(alert.path("revision").asInt()).isZero();
    }

    @Test
    void movesLaterAndEarlierAreExtendedAndAdvanced() {
        events.set("move-case", "pause-end", "2025-07-09");
        events.move("move-case", "pause-end", "2025-07-09", "2025-08-01");
        events.move("move-case", "pause-end", "2025-08-01", "2025-07-20");
        JsonNode alerts = awaitAlerts("move-case", 3);
        assertThat(kinds("move-case")).containsExactly("set", "extended", "advanced");
        assertThat(alerts.get(1).path("previousDueOn").asText()).isEqualTo("2025-07-09");
        assertThat(alerts.get(1).path("dueOn").asText()).isEqualTo("2025-08-01");
        assertThat(alerts.get(2).path("dueOn").asText()).isEqualTo("2025-07-20");
        assertThat(alerts.get(2).path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void aCancelledDeadlineAlertsAndCanBeReinstated() {
        events.set("cancel-case", "pause-end", "2025-07-09");
        events.cancel("cancel-case", "pause-end", "2025-07-09");
        events.move("cancel-case", "pause-end", "2025-07-09", "2025-07-30");
        JsonNode alerts = awaitAlerts("cancel-case", 3);
        assertThat(kinds("cancel-case")).containsExactly("set", "cancelled", "reinstated");
        assertThat(alerts.get(1).path("previousDueOn").asText()).isEqualTo("2025-07-09");
        assertThat(alerts.get(2).path("dueOn").asText()).isEqualTo("2025-07-30");
        assertThat(scan("cancel-case", "2025-07-10"))
                .as("the reinstated date has not passed")
                .isZero();
    }

    @Test
    void eachSignalAlertsOnceEvenWhenItsEventIsDeliveredAgain() {
        events.set("signal-case", "pause-end", "2025-07-09");
        var first = events.signal("signal-case", "pause-end");
        events.signal("signal-case", "pause-end");
        awaitAlerts("signal-case", 3);
        events.resend(first);
        events.set("signal-case", "other", "2025-09-01");
        awaitAlerts("signal-case", 4);
        assertThat(kinds("signal-case")).containsExactly("set", "change_signalled", "change_signalled", "set");
    }

    @Test
    void approachingFiresOncePerHorizon() {
        events.set("approach-case", "pause-end", "2025-07-09");
        awaitAlerts("approach-case", 1);
        assertThat(scan("approach-case", "2025-06-30"))
                .as("9 days before: outside every horizon")
                .isZero();
        assertThat(scan("approach-case", "2025-07-02")).isEqualTo(1);
        assertThat(scan("approach-case", "2025-07-03"))
                .as("still the 7-day horizon")
                .isZero();
        assertThat(scan("approach-case", "2025-07-08")).isEqualTo(1);
        assertThat(scan("approach-case", "2025-07-08")).isZero();
        JsonNode alerts = Alerts.of(notifier.url(), "negotiationId=approach-case&kind=approaching");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).path("horizonDays").asInt()).isEqualTo(7);
        assertThat(alerts.get(1).path("horizonDays").asInt()).isEqualTo(1);
    }

    @Test
    void passedSaysWhetherAnAgreementCameBefore() {
        events.set("passed-case", "pause-end", "2025-07-09");
        events.set("agreed-case", "pause-end", "2025-07-22");
        events.agreement("agreed-case", "2025-07-22");
        events.set("agreed-case", "marker", "2026-01-01");
        awaitAlerts("passed-case", 1);
        awaitAlerts("agreed-case", 2);
        notifier.scan("2025-07-09");
        assertThat(kinds("passed-case")).as("due today is not passed").containsExactly("set", "due_today");
        notifier.scan("2025-07-23");
        JsonNode passed = Alerts.of(notifier.url(), "negotiationId=passed-case&kind=passed");
        assertThat(passed).hasSize(1);
        assertThat(passed.get(0).path("agreementBefore").asBoolean()).isFalse();
        JsonNode agreed = Alerts.of(notifier.url(), "negotiationId=agreed-case&kind=passed");
        assertThat(agreed).hasSize(1);
        assertThat(agreed.get(0).path("agreementBefore").asBoolean()).isTrue();
    }

    @Test
    void aMonthDeadlinePassesOnlyAfterTheMonthsLastDay() {
        events.set("month-case", "august", "2025-08");
        awaitAlerts("month-case", 1);
        notifier.scan("2025-08-31");
        assertThat(kinds("month-case")).doesNotContain("passed");
        notifier.scan("2025-09-01");
        assertThat(kinds("month-case")).endsWith("passed");
    }

    @Test
    void anApproachingAlertForAVersionSupersededBeforeItsDayNeverFires() {
        events.set("superseded-case", "pause-end", "2025-07-09");
        events.move("superseded-case", "pause-end", "2025-07-09", "2025-08-01");
        awaitAlerts("superseded-case", 2);
        for (String day : List.of("2025-07-02", "2025-07-08", "2025-07-09", "2025-07-10")) notifier.scan(day);
        assertThat(Alerts.of(notifier.url(), "negotiationId=superseded-case&kind=approaching"))
                .isEmpty();
        assertThat(kinds("superseded-case")).doesNotContain("passed");
        notifier.scan("2025-07-25");
        JsonNode approaching = Alerts.of(notifier.url(), "negotiationId=superseded-case&kind=approaching");
        assertThat(approaching).hasSize(1);
        assertThat(approaching.get(0).path("dueOn").asText()).isEqualTo("2025-08-01");
    }

    @Test
    void movingBackToAnEarlierDateIsANewChangeAndAlertsAgain() {
        events.set("back-case", "pause-end", "2025-07-09");
        awaitAlerts("back-case", 1);
        assertThat(scan("back-case", "2025-07-02")).isEqualTo(1);
        events.move("back-case", "pause-end", "2025-07-09", "2025-08-01");
        events.move("back-case", "pause-end", "2025-08-01", "2025-07-09");
        awaitAlerts("back-case", 4);
        assertThat(scan("back-case", "2025-07-03")).isEqualTo(1);
        JsonNode approaching = Alerts.of(notifier.url(), "negotiationId=back-case&kind=approaching");
        assertThat(approaching).hasSize(2);
        assertThat(approaching.findValuesAsText("dueOn")).containsOnly("2025-07-09");
        assertThat(approaching.findValuesAsText("revision")).containsExactly("0", "2");
    }

    @Test
    void aTargetIsMissedByAnEventAndThenRaisesNothingMoreWithTime() {
        events.write(
                "target-case",
                "2025-06-01",
                io.negotiationtracker.events.DeadlineSet.of(
                        "summit-aim",
                        "Japan's aim: an accord at the summit",
                        io.negotiationtracker.events.WorldDate.parse("2025-06-16"),
                        io.negotiationtracker.events.DeadlineClass.TARGET,
                        "JP",
                        null,
                        null));
        events.write(
                "target-case",
                "2025-06-01",
                io.negotiationtracker.events.DeadlineSet.of(
                        "early-july",
                        "Japan's aim: conclude in early July",
                        io.negotiationtracker.events.WorldDate.parse("2025-07-early"),
                        io.negotiationtracker.events.DeadlineClass.TARGET,
                        "JP",
                        null,
                        null));
        awaitAlerts("target-case", 2);
        assertThat(scan("target-case", "2025-06-16"))
                .as("the summit aim is due today")
                .isEqualTo(1);
        events.write(
                "target-case",
                "2025-06-16",
                new io.negotiationtracker.events.TargetSettled(
                        "summit-aim", io.negotiationtracker.events.TargetOutcome.MISSED, "no accord at the summit"));
        awaitAlerts("target-case", 4);
        assertThat(scan("target-case", "2025-07-11"))
                .as("early July ended unmet; the settled aim raises nothing")
                .isEqualTo(1);
        assertThat(kinds("target-case")).containsExactly("set", "set", "due_today", "target_missed", "target_missed");
        JsonNode missed = Alerts.of(notifier.url(), "negotiationId=target-case&kind=target_missed");
        assertThat(missed.findValuesAsText("deadlineId")).containsExactly("summit-aim", "early-july");
    }

    @Test
    void alertsCanBeFilteredAndPaged() {
        events.set("filter-case", "a", "2025-07-09");
        events.move("filter-case", "a", "2025-07-09", "2025-08-09");
        awaitAlerts("filter-case", 2);
        JsonNode all = Http.get(notifier.url() + "/api/alerts?negotiationId=filter-case")
                .json();
        long firstSeq = all.path("alerts").get(0).path("seq").asLong();
        JsonNode after = Http.get(notifier.url() + "/api/alerts?negotiationId=filter-case&after=" + firstSeq)
                .json();
        assertThat(after.path("alerts")).hasSize(1);
        assertThat(after.path("alerts").get(0).path("kind").asText()).isEqualTo("extended");
        assertThat(Alerts.of(notifier.url(), "negotiationId=filter-case&kind=set"))
                .hasSize(1);
        assertThat(Map.of(
                        "limit",
                        Http.get(notifier.url() + "/api/alerts?limit=0").status(),
                        "kind",
                        Http.get(notifier.url() + "/api/alerts?kind=nope").status()))
                .containsEntry("limit", 400)
                .containsEntry("kind", 400);
    }
}
