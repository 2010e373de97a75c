package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.testsupport.http.Http;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The thin slice across all three services, on a real broker and a real database, through HTTP only. */
class WalkingSkeletonEndToEndTest {
    static DevStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.start(DevStack.Options.forTests(Files.createTempDirectory("nt-e2e")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    static String event(String type, String occurredOn, String data) {
        return "{\"type\":\"" + type + "\",\"occurredOn\":\"" + occurredOn
                + "\",\"source\":{\"publisher\":\"Test Wire\",\"title\":\"E2E\"},"
                + "\"confidence\":\"confirmed\",\"data\":" + data + "}";
    }

    @Test
    void anEventPostedToIngestShowsInTheStatusAndADeadlineChangeRaisesAnAlert() {
        String id = "e2e-slice";
        String events = stack.ingestUrl() + "/api/negotiations/" + id + "/events";
        var opened = Http.post(
                events,
                "["
                        + event(
                                "NegotiationOpened",
                                "2025-04",
                                "{\"title\":\"US-Japan tariff talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}")
                        + ","
                        + event(
                                "DeadlineSet",
                                "2025-04-09",
                                "{\"deadlineId\":\"pause-end\",\"title\":\"End of the 90-day pause\",\"dueOn\":\"2025-07-09\"}")
                        + "]",
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("streamVersion").asLong()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var status = Http.get(stack.projectionUrl() + "/api/negotiations/" + id + "/status");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.json().path("rounds").path("total").asInt()).isZero();
        });

        var round = Http.post(
                events,
                event(
                        "RoundHeld",
                        "2025-06-16",
                        "{\"roundId\":\"kananaskis\",\"level\":\"summit\",\"location\":\"Kananaskis\",\"durationMinutes\":30,\"outcome\":\"no_agreement\"}"),
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        long position = round.json().path("lastPosition").asLong();

        var status = Http.get(stack.projectionUrl() + "/api/negotiations/" + id + "/status?minPosition=" + position);
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("rounds").path("total").asInt()).isEqualTo(1);
        assertThat(status.json().path("rounds").path("byLevel").path("summit").asInt())
                .isEqualTo(1);

        var moved = Http.post(
                events,
                event(
                        "DeadlineChanged",
                        "2025-07-07",
                        "{\"deadlineId\":\"pause-end\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\",\"reason\":\"extended by executive order\"}"),
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var alerts = Http.get(stack.notifierUrl() + "/api/alerts?negotiationId=" + id + "&kind=extended");
            assertThat(alerts.status()).isEqualTo(200);
            assertThat(alerts.json().path("alerts")).hasSize(1);
            assertThat(alerts.json().path("alerts").get(0).path("dueOn").asText())
                    .isEqualTo("2025-08-01");
            assertThat(alerts.json().path("alerts").get(0).path("previousDueOn").asText())
                    .isEqualTo("2025-07-09");
        });
    }

    @Test
    void everyServiceReportsHealth() {
        for (String url : new String[] {stack.ingestUrl(), stack.projectionUrl(), stack.notifierUrl()}) {
            assertThat(Http.get(url + "/health").status()).isEqualTo(200);
        }
    }
}
