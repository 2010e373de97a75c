package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.deadline;
import static io.negotiationtracker.ingest.Events.event;
import static io.negotiationtracker.ingest.Events.opened;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Reply;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** ?dryRun=true against a real database and broker: decided as an append, answered with the status it would give, stored nowhere. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DryRunTest {
    IngestFixture ingest;
    Api api;

    @BeforeAll
    void start() {
        ingest = IngestFixture.fresh("dryrun").start();
        api = new Api(ingest.url());
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    static String round(String id) {
        return event(null, "RoundHeld", "2025-06-16", "{\"roundId\":\"" + id + "\",\"level\":\"ministerial\"}");
    }

    private String fresh(String name, String... events) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
        for (String e : events) assertThat(api.append(id, e).status()).isEqualTo(201);
        return id;
    }

    private Reply dryRun(String id, String body, String token, String... headers) {
        return api.post("/api/negotiations/" + id + "/events?dryRun=true", body, token, headers);
    }

    @Test
    void aDryRunOfANewRoundAnswersOneMoreRoundAndStoresNothing() {
        String id = fresh("round", round("r1"));
        long head = api.get("/api/events").json().path("lastPosition").asLong();
        var reply = dryRun(id, round("r2"), IngestFixture.writerToken());
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("outcome").asText()).isEqualTo("would_append");
        assertThat(body.path("versionBefore").asLong()).isEqualTo(2);
        assertThat(body.path("streamVersion").asLong()).isEqualTo(3);
        assertThat(body.path("before").path("rounds").path("total").asInt()).isEqualTo(1);
        assertThat(body.path("after").path("rounds").path("total").asInt()).isEqualTo(2);
        assertThat(body.path("changes").findValuesAsText("path"))
                .contains("rounds.total", "rounds.byLevel.ministerial");
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");

        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/events").json().path("lastPosition").asLong()).isEqualTo(head);
        assertThat(api.get("/api/events?after=" + head).json().path("events")).isEmpty();
        String unopened = "never-opened-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(dryRun(unopened, opened(null), IngestFixture.writerToken()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/negotiations/" + unopened + "/events").status())
                .isEqualTo(404);
        assertThat(api.get("/api/events").json().path("lastPosition").asLong()).isEqualTo(head);
    }

    @Test
    void aDryRunOfABadEventIsRefusedAsAnAppendIs() {
        String id = fresh("bad", round("r1"));
        var dry = dryRun(id, round("r1"), IngestFixture.writerToken());
        var append = api.append(id, round("r1"));
        assertThat(dry.status()).isEqualTo(422).isEqualTo(append.status());
        assertThat(dry.contentType()).startsWith("application/problem+json");
        assertThat(dry.json().path("field").asText())
                .isEqualTo("data.roundId")
                .isEqualTo(append.json().path("field").asText());
        assertThat(dry.json().path("detail")).isEqualTo(append.json().path("detail"));
        assertThat(dryRun(id, round("r2"), IngestFixture.writerToken(), "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(api.post(
                                "/api/negotiations/" + id + "/events?dryRun=maybe",
                                round("r2"),
                                IngestFixture.writerToken())
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("dryRun");
        assertThat(dryRun(id, round("r2"), IngestFixture.readerToken()).status())
                .isEqualTo(403);
        assertThat(dryRun(id, round("r2"), null).status()).isEqualTo(401);
    }

    @Test
    void aDryRunOfADeadlineCorrectionListsTheDeadlineMovedAlert() {
        UUID set = UUID.randomUUID();
        String id = fresh("correct", deadline(set, "2099-07-09"));
        String correction = event(
                null,
                "EventCorrected",
                "2025-06-20",
                "{\"eventId\":\"" + set + "\",\"eventType\":\"DeadlineSet\",\"corrected\":"
                        + "{\"deadlineId\":\"pause-end\",\"title\":\"End of the pause\",\"dueOn\":\"2099-07-10\"},\"reason\":\"it was 10 July\"}");
        var reply = dryRun(id, correction, IngestFixture.writerToken());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode alert = reply.json().path("alerts").get(0);
        assertThat(alert.path("kind").asText()).isEqualTo("extended");
        assertThat(alert.path("dueOn").asText()).isEqualTo("2099-07-10");
        assertThat(alert.path("previousDueOn").asText()).isEqualTo("2099-07-09");
        assertThat(alert.path("message").asText()).contains("it was 10 July");
        assertThat(reply.json()
                        .path("after")
                        .path("deadlines")
                        .path("pause-end")
                        .path("dueOn")
                        .asText())
                .isEqualTo("2099-07-10");
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(2);
    }
}
