package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.projection.progress.AppliedPositions;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.RandomStory;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.TestInfrastructure;
import io.negotiationtracker.testsupport.http.Http;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The service is stopped mid-stream and a new one resumes on the same database: no event is counted twice or missed. */
class ExactlyOnceRestartTest {
    static final int EVENTS = 6_000;

    @Test
    void aConsumerStoppedBetweenBatchesAndRestartedNeitherRepeatsNorMissesAnEvent() throws Exception {
        RandomStory story = new RandomStory("restart", 30, 7);
        List<EventEnvelope> events = story.events(EVENTS);
        try (Topic topic = new Topic("projection-restart", 3)) {
            ProjectionApp app = ProjectionApp.onNewDatabase("projection_restart", topic.name())
                    .with("tracker.projection.max-poll-records", 300)
                    .with("tracker.projection.render-lag-limit", 600);
            EmbeddedServer first = app.start();
            CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < events.size(); i += 50) {
                    topic.send(
                            events.subList(i, Math.min(events.size(), i + 50)).toArray(new EventEnvelope[0]));
                    pause(5);
                }
            });
            AppliedPositions applied = first.getApplicationContext().getBean(AppliedPositions.class);
            long startPosition = events.get(0).position();
            await().atMost(Duration.ofSeconds(60)).until(() -> applied.current() - startPosition > EVENTS / 4);
            first.getApplicationContext().close();
            assertThat(producing).isNotDone();

            EmbeddedServer second = app.start();
            try {
                producing.get();
                String base = "http://127.0.0.1:" + second.getPort() + "/api/negotiations/";
                long last = events.get(events.size() - 1).position();
                // the watermark: every position up to the last applied (read-your-writes waits 5 s at most per request)
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Http.get(base + "restart-0/status?minPosition=" + last)
                                        .status()
                                == 200);
                for (var e : story.eventsByNegotiation().entrySet()) {
                    var status = Http.get(base + e.getKey() + "/status").json();
                    assertThat(status.path("version").asInt()).as(e.getKey()).isEqualTo(e.getValue());
                    assertThat(status.path("rounds").path("total").asInt())
                            .as(e.getKey())
                            .isEqualTo(story.roundsByNegotiation().getOrDefault(e.getKey(), 0));
                }
                assertThat(storedEvents(app.jdbcUrl())).isEqualTo(events.size());
            } finally {
                second.getApplicationContext().close();
            }
        }
    }

    private static long storedEvents(String db) throws Exception {
        try (var c = DriverManager.getConnection(db, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword());
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*), count(distinct position) from projection.events_1")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
            return rs.getLong(1);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
