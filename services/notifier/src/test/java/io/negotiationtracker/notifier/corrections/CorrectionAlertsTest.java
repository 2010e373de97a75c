package io.negotiationtracker.notifier.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Corrections published on the real events topic: the live notifier and its backtest raise the change each made, with its reason. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionAlertsTest {
    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter writer;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().today("2025-06-10").with("tracker.alerts.scan-interval", "1h");
        notifier = app.start();
        writer = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        writer.close();
        notifier.close();
    }

    /** An event of {@code negotiationId} at {@code version}, happened and first published on {@code day}. */
    EventEnvelope publish(String negotiationId, long version, String day, UUID eventId, NegotiationEvent data) {
        EventEnvelope e = new EventEnvelope(
                eventId,
                negotiationId,
                EventTypes.nameOf(data),
                version,
                version,
                WorldDate.parse(day),
                Instant.parse("2025-06-10T00:00:00Z"),
                new Source(null, "Test Wire", "report " + version, WorldDate.parse(day), null),
                Confidence.CONFIRMED,
                data);
        writer.resend(e);
        return e;
    }

    static DeadlineSet pauseEnds(String dueOn) {
        return DeadlineSet.of(
                "pause-end", "End of the pause", WorldDate.parse(dueOn), DeadlineClass.LEGAL, null, null, null);
    }

    List<String> alerts(String negotiationId) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : Alerts.of(notifier.url(), "negotiationId=" + negotiationId))
            out.add(a.path("kind").asText() + " " + a.path("dueOn").asText("-") + " from "
                    + a.path("previousDueOn").asText("-") + ": "
                    + a.path("message").asText());
        return out;
    }

    @Test
    void aCorrectedDateRaisesOneMovedAlertWithTheNewDateAndTheReasonAndTheBacktestAgrees() {
        UUID set = UUID.randomUUID();
        publish("corrected", 1, "2025-06-01", set, pauseEnds("2025-09-09"));
        publish(
                "corrected",
                2,
                "2025-06-05",
                UUID.randomUUID(),
                new EventCorrected(set, "DeadlineSet", null, pauseEnds("2025-09-10"), "the order says 10 September"));
        String moved =
                "extended 2025-09-10 from 2025-09-09: End of the pause moved later: 2025-09-09 -> 2025-09-10 (corrected: the order says 10 September)";
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(alerts("corrected"))
                        .containsExactly("set 2025-09-09 from -: End of the pause is set for 2025-09-09", moved));
        assertThat(AlertTable.strings(
                        app.jdbcUrl(),
                        "select due_on || ' r' || revision from notifier.deadlines where negotiation_id = 'corrected'"))
                .containsExactly("2025-09-10 r0");

        JsonNode backtest = Http.get(
                        notifier.url() + "/api/negotiations/corrected/alert-backtest?from=2025-06-01&to=2025-06-10")
                .json();
        List<String> lines = new ArrayList<>();
        for (JsonNode a : backtest.path("alerts"))
            lines.add(a.path("day").asText() + " " + a.path("kind").asText() + " "
                    + a.path("dueOn").asText() + " sent=" + a.path("sent").asBoolean() + ": "
                    + a.path("message").asText());
        assertThat(lines)
                .containsExactly(
                        "2025-06-01 set 2025-09-09 sent=true: End of the pause is set for 2025-09-09",
                        "2025-06-05 extended 2025-09-10 sent=true: " + moved.substring(moved.indexOf(": ") + 2));
    }

    @Test
    void aRetractedSettingCancelsTheDeadlineAndStopsTrackingIt() {
        UUID set = UUID.randomUUID();
        publish("retracted", 1, "2025-06-01", set, pauseEnds("2025-09-09"));
        publish("retracted", 2, "2025-06-05", UUID.randomUUID(), new EventRetracted(set, "the report was denied"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(alerts("retracted"))
                                .containsExactly(
                                        "set 2025-09-09 from -: End of the pause is set for 2025-09-09",
                                        "cancelled - from 2025-09-09: End of the pause (due 2025-09-09) is cancelled (retracted: the report was denied)"));
        assertThat(
                        AlertTable.strings(
                                app.jdbcUrl(),
                                "select cancelled || ' r' || revision from notifier.deadlines where negotiation_id = 'retracted'"))
                .containsExactly("true r1");
    }
}
