package io.negotiationtracker.notifier.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.Seed;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The backtest over the seed story, published on the real events topic and kept by the notifier in its event log in
 * PostgreSQL: what a reader following the legal deadlines would have been told from 1 April to 31 July 2025.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertBacktestApiTest {
    NotifierFixture app;
    NotifierFixture.Running notifier;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().today("2026-12-01").with("tracker.alerts.scan-interval", "1h");
        notifier = app.start();
        try (EventWriter writer = new EventWriter(app.eventsTopic())) {
            Seed.envelopes().forEach(writer::resend);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Reply r = backtest("from=2025-04-01&to=2025-07-31");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(AlertTable.strings(app.jdbcUrl(), "select count(*) from notifier.event_log"))
                    .containsExactly("37");
        });
    }

    @AfterAll
    void stop() {
        notifier.close();
    }

    Reply backtest(String query) {
        return Http.get(notifier.url() + "/api/negotiations/" + Seed.ID + "/alert-backtest?" + query);
    }

    static List<String> lines(JsonNode alerts, boolean sent) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : alerts) {
            if (a.path("sent").asBoolean() != sent) continue;
            out.add(a.path("day").asText() + " " + a.path("kind").asText() + " "
                    + a.path("deadlineId").asText() + " " + a.path("dueOn").asText()
                    + (a.path("horizonDays").isNull()
                            ? ""
                            : " h" + a.path("horizonDays").asInt())
                    + (sent ? "" : " " + a.path("reason").asText()));
        }
        return out;
    }

    @Test
    void aReaderOfTheLegalDeadlinesWouldHaveHadSixAlertsAboutThePauseEndAndSixteenHeldBackAsOutsideThePolicy() {
        JsonNode body = backtest("from=2025-04-01&to=2025-07-31").json();
        assertThat(lines(body.path("alerts"), true))
                .containsExactly(
                        "2025-06-01 set reciprocal-tariff-pause-end 2025-07-09",
                        "2025-06-11 change_signalled reciprocal-tariff-pause-end 2025-07-09",
                        "2025-07-02 approaching reciprocal-tariff-pause-end 2025-07-09 h7",
                        "2025-07-08 approaching reciprocal-tariff-pause-end 2025-07-09 h1",
                        "2025-07-09 due_today reciprocal-tariff-pause-end 2025-07-09",
                        "2025-07-10 passed reciprocal-tariff-pause-end 2025-07-09");
        assertThat(lines(body.path("alerts"), false))
                .hasSize(16)
                .allMatch(l -> l.endsWith(" outside_policy"))
                .contains(
                        "2025-06-16 target_missed interim-accord-at-g7-meeting 2025-06-16 outside_policy",
                        "2025-07-11 target_missed conclude-negotiations-early-july 2025-07-early outside_policy",
                        "2025-07-20 due_today upper-house-election-2025 2025-07-20 outside_policy");
        assertThat(body.path("sent").asInt()).isEqualTo(6);
        assertThat(body.path("suppressed").asInt()).isEqualTo(16);
        JsonNode first = body.path("alerts").get(0);
        assertThat(first.has("reason")).isTrue();
        assertThat(first.path("horizonDays").isNull()).isTrue();
        assertThat(body.path("policy").path("classes")).hasSize(1);
        assertThat(backtest("from=2025-04-01&to=2025-07-31").body())
                .as("deterministic")
                .isEqualTo(backtest("from=2025-04-01&to=2025-07-31").body());
    }

    @Test
    void aPolicyFollowingTargetsAtThreeDaysIsToldOfThemAndNotOfTheRest() {
        String policy = URLEncoder.encode(
                "{\"classes\":[\"target\"],\"kinds\":[\"approaching\",\"target_missed\"],\"horizonsDays\":[3]}",
                StandardCharsets.UTF_8);
        JsonNode body =
                backtest("from=2025-06-01&to=2025-07-31&policy=" + policy).json();
        assertThat(lines(body.path("alerts"), true))
                .containsExactly(
                        "2025-06-13 approaching interim-accord-at-g7-meeting 2025-06-16 h3",
                        "2025-06-16 target_missed interim-accord-at-g7-meeting 2025-06-16",
                        "2025-06-28 approaching conclude-negotiations-early-july 2025-07-early h3",
                        "2025-07-11 target_missed conclude-negotiations-early-july 2025-07-early");
    }

    @Test
    void nothingKnownBeforeJuneSoAnAprilRangeIsEmpty() {
        assertThat(backtest("from=2025-04-01&to=2025-05-31").json().path("alerts"))
                .isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem(backtest("from=2025-07-31&to=2025-04-01"), 400, "to");
        assertProblem(backtest("from=2020-01-01&to=2025-01-02"), 400, "to");
        assertProblem(backtest("to=2025-04-01"), 400, "from");
        assertProblem(backtest("from=2025-04-31&to=2025-05-01"), 400, "from");
        assertProblem(
                backtest("from=2025-04-01&to=2025-05-01&policy="
                        + URLEncoder.encode("{\"colour\":\"red\"}", StandardCharsets.UTF_8)),
                400,
                "policy.colour");
        assertProblem(
                backtest("from=2025-04-01&to=2025-05-01&policy="
                        + URLEncoder.encode("{\"classes\":[\"legal\",\"hard\"]}", StandardCharsets.UTF_8)),
                400,
                "policy.classes[1]");
        assertProblem(
                backtest("from=2025-04-01&to=2025-05-01&policy="
                        + URLEncoder.encode("{\"horizonsDays\":[7,999]}", StandardCharsets.UTF_8)),
                400,
                "policy.horizonsDays[1]");
        assertProblem(backtest("from=2025-04-01&to=2025-05-01&policy=nope"), 400, "policy");
        assertThat(Http.get(notifier.url()
                                + "/api/negotiations/never-seen/alert-backtest?from=2025-04-01&to=2025-05-01")
                        .status())
                .isEqualTo(404);
        assertThat(backtest("from=2020-01-01&to=2025-01-01").status())
                .as("exactly 5 years is allowed")
                .isEqualTo(200);
    }

    static void assertProblem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("field").asText()).isEqualTo(field);
    }
}
