package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.RandomStory;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A rebuild fills a new generation from the topic while reads keep being answered from the old one, then switches over. */
class RebuildUnderReadsTest {
    record Read(int status, String generation, String body) {}

    @Test
    void readsKeepAnsweringFromTheOldGenerationUntilTheSwitchOver() throws Exception {
        RandomStory story = new RandomStory("rebuild", 20, 11);
        List<EventEnvelope> events = story.events(20_000);
        try (Topic topic = new Topic("projection-rebuild", 3)) {
            topic.send(events.toArray(new EventEnvelope[0]));
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_rebuild", topic.name())
                    .start();
            try {
                String base = "http://127.0.0.1:" + server.getPort();
                String status = base + "/api/negotiations/rebuild-3/status";
                long last = events.get(events.size() - 1).position();
                // every position up to the last one applied: read-your-writes answers (it waits 5 s at most per
                // request)
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Http.get(status + "?minPosition=" + last).status() == 200);
                await().atMost(Duration.ofSeconds(30))
                        .until(() ->
                                Http.get(status).header("X-View-Generation").equals("1")
                                        && Http.get(base + "/api/admin/rebuild")
                                                        .json()
                                                        .path("generations")
                                                        .get(0)
                                                        .path("appliedPosition")
                                                        .asLong()
                                                == last);
                String before = Http.get(status).body();

                List<Read> reads = new CopyOnWriteArrayList<>();
                AtomicBoolean reading = new AtomicBoolean(true);
                Thread reader = new Thread(() -> {
                    while (reading.get()) {
                        var r = Http.get(status);
                        reads.add(new Read(r.status(), r.header("X-View-Generation"), r.body()));
                    }
                });
                reader.start();
                var started = Http.postAs(ProjectionApp.writerToken(), base + "/api/admin/rebuild", null);
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                assertThat(started.json().path("rebuildingGeneration").asInt()).isEqualTo(2);
                assertThat(Http.postAs(ProjectionApp.writerToken(), base + "/api/admin/rebuild", null)
                                .status())
                        .isEqualTo(409);
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> Http.get(base + "/api/admin/rebuild")
                                .json()
                                .path("state")
                                .asText()
                                .equals("switched"));
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> reads.stream().anyMatch(r -> "2".equals(r.generation())));
                reading.set(false);
                reader.join();

                assertThat(reads).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
                assertThat(reads).allSatisfy(r -> assertThat(r.body()).isEqualTo(before));
                List<String> generations = reads.stream().map(Read::generation).toList();
                int firstNew = generations.indexOf("2");
                assertThat(generations.subList(0, firstNew)).isNotEmpty().containsOnly("1");
                assertThat(generations.subList(firstNew, generations.size())).containsOnly("2");

                JsonNode rebuild = Http.get(base + "/api/admin/rebuild").json();
                assertThat(rebuild.path("servingGeneration").asInt()).isEqualTo(2);
                assertThat(java.time.Instant.parse(rebuild.path("switchedAt").asText()))
                        .isNotNull();
                assertThat(rebuild.path("appliedRecords").asLong()).isEqualTo(events.size());
                assertThat(rebuild.path("generations").get(0).path("state").asText())
                        .isEqualTo("retired");

                EventEnvelope after = new Story("rebuild-3")
                        .recorded(
                                "2025-06-17",
                                java.time.Instant.parse("2025-06-17T09:00:00Z"),
                                new StatementMade(new Person("After", null, "US"), "After the switch.", null),
                                Story.REUTERS);
                after = new EventEnvelope(
                        after.eventId(),
                        after.negotiationId(),
                        after.type(),
                        story.eventsByNegotiation().get("rebuild-3") + 1,
                        after.position(),
                        after.occurredOn(),
                        after.recordedAt(),
                        after.source(),
                        after.confidence(),
                        after.data());
                topic.send(after);
                var updated = Http.get(status + "?minPosition=" + after.position());
                assertThat(updated.header("X-View-Generation")).isEqualTo("2");
                assertThat(updated.body()).contains("After the switch.");
            } finally {
                server.getApplicationContext().close();
            }
        }
    }
}
