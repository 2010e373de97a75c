package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.V1Release;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A topic holding the first release's events exactly as it published them (v1 envelopes), read by this release's
 * projection: nothing is dead-lettered, v1 kinds read as v2 classes, and the views are right.
 */
class UpgradeFromV1Test {
    @Test
    void theViewsOfATopicWrittenByTheFirstReleaseAreRight() {
        try (Topic topic = new Topic("projection-upgrade", 2)) {
            V1Release.envelopes().forEach(json -> topic.raw(V1Release.NEGOTIATION, json));
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_upgrade", topic.name())
                    .start();
            try {
                String base = server.getURL() + "/api/negotiations/" + V1Release.NEGOTIATION;
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Http.get(base + "/status").status() == 200
                                && Http.get(base + "/status")
                                                .json()
                                                .path("version")
                                                .asLong()
                                        == V1Release.envelopes().size());
                assertThat(Http.get(server.getURL() + "/api/dead-letters")
                                .json()
                                .path("deadLetters"))
                        .isEmpty();

                JsonNode s = Http.get(base + "/status?asOf=2025-07-23").json();
                Map<String, JsonNode> deadlines = byId(s.path("deadlines"), "deadlineId");
                assertThat(deadlines.get("pause-end").path("deadlineClass").asText())
                        .isEqualTo("legal");
                assertThat(deadlines.get("pause-end").path("kind").asText()).isEqualTo("effective_date");
                assertThat(deadlines.get("pause-end").path("dueOn").asText()).isEqualTo("2025-08-01");
                assertThat(deadlines.get("talks-target").path("deadlineClass").asText())
                        .isEqualTo("target");
                assertThat(s.path("nextDeadline").path("deadlineId").asText()).isEqualTo("pause-end");
                assertThat(s.path("nextDeadline").path("daysLeft").asLong()).isEqualTo(9);
                assertThat(s.path("targets").get(0).path("targetStatus").asText())
                        .isEqualTo("on_track");

                assertThat(s.path("rounds").path("total").asInt()).isEqualTo(1);
                assertThat(s.path("rounds").path("byLevel").path("summit").asInt())
                        .isEqualTo(1);
                assertThat(s.path("issues")
                                .path("closed")
                                .get(0)
                                .path("issueId")
                                .asText())
                        .isEqualTo("autos");

                JsonNode tariffs = s.path("tariffs");
                assertThat(tariffs.path("inForce").get(0).path("rateText").asText())
                        .isEqualTo("25%");
                assertThat(tariffs.path("threatened").get(0).path("measureId").asText())
                        .isEqualTo("us-autos-raise");
                assertThat(Http.get(base + "/status?asOf=2025-08-02")
                                .json()
                                .path("tariffs")
                                .path("inForce")
                                .get(0)
                                .path("rateText")
                                .asText())
                        .isEqualTo("15%");

                // The published axis: the v1 source says it was published on 2025-07-23, so nothing had been published
                // the day before.
                assertThat(Http.get(base + "/timeline?knownAt=2025-07-23&knowledge=published")
                                .json()
                                .path("count")
                                .asInt())
                        .isEqualTo(V1Release.envelopes().size());
                assertThat(Http.get(base + "/timeline?knownAt=2025-07-22&knowledge=published")
                                .json()
                                .path("count")
                                .asInt())
                        .isZero();
                var badAxis = Http.get(base + "/status?knownAt=2025-07-22&knowledge=rumour");
                assertThat(badAxis.status()).isEqualTo(400);
                assertThat(badAxis.json().path("field").asText()).isEqualTo("knowledge");

                JsonNode timeline = Http.get(base + "/timeline").json();
                assertThat(timeline.path("count").asInt())
                        .isEqualTo(V1Release.envelopes().size());
                assertThat(timeline.path("events").get(0).path("sources")).hasSize(1);
                assertThat(timeline.path("events").get(0).path("schemaVersion").asInt())
                        .isEqualTo(2);
            } finally {
                server.close();
            }
        }
    }

    private static Map<String, JsonNode> byId(JsonNode list, String field) {
        Map<String, JsonNode> m = new HashMap<>();
        StreamSupport.stream(list.spliterator(), false)
                .forEach(n -> m.put(n.path(field).asText(), n));
        return m;
    }
}
