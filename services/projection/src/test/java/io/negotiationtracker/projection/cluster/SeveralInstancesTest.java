package io.negotiationtracker.projection.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.projection.consume.ProjectionConsumer;
import io.negotiationtracker.projection.support.LiveFeed;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.RandomStory;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.TestInfrastructure;
import io.negotiationtracker.testsupport.http.Http;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the projection on one database and topic, sharing its partitions: each answers read-your-writes
 * for positions the other applied, both serve the same views, the live feed of one reports what the other applied, a
 * rebuild started on one is followed by both, and the retired generation's tables go once neither reads them.
 */
class SeveralInstancesTest {
    @Test
    void twoInstancesServeTheSameViewsAndFollowOneRebuild() throws Exception {
        RandomStory story = new RandomStory("pair", 12, 5);
        List<EventEnvelope> events = story.events(600);
        long last = events.get(events.size() - 1).position();
        try (Topic topic = new Topic("projection-pair", 3)) {
            ProjectionApp app = ProjectionApp.onNewDatabase("projection_pair", topic.name())
                    .with("tracker.projection.cluster.retired-grace", "1s");
            EmbeddedServer a = app.start();
            EmbeddedServer b = app.start();
            try (LiveFeed feedOfB = LiveFeed.open(b.getURL() + "/api/live")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> assigned(a) && assigned(b));
                topic.send(events.toArray(new EventEnvelope[0]));
                for (EmbeddedServer s : List.of(a, b))
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> Http.get(status(s, "pair-0") + "?minPosition=" + last)
                                            .status()
                                    == 200);
                assertSameViews(a, b, story);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> feedOfB.negotiationIds()
                                .containsAll(story.eventsByNegotiation().keySet()));

                assertThat(Http.postAs(ProjectionApp.writerToken(), a.getURL() + "/api/admin/rebuild", null)
                                .status())
                        .isEqualTo(202);
                for (EmbeddedServer s : List.of(a, b))
                    await().atMost(Duration.ofSeconds(120))
                            .until(() ->
                                    "2".equals(Http.get(status(s, "pair-0")).header("X-View-Generation")));
                assertSameViews(a, b, story);
                await().atMost(Duration.ofSeconds(30)).until(() -> !tableExists(app.jdbcUrl(), "projection.events_1"));
            } finally {
                a.getApplicationContext().close();
                b.getApplicationContext().close();
            }
        }
    }

    private static void assertSameViews(EmbeddedServer a, EmbeddedServer b, RandomStory story) {
        for (var e : story.eventsByNegotiation().entrySet()) {
            var ofA = Http.get(status(a, e.getKey())).json();
            assertThat(ofA.path("version").asInt()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(ofA.path("rounds").path("total").asInt())
                    .as(e.getKey())
                    .isEqualTo(story.roundsByNegotiation().getOrDefault(e.getKey(), 0));
            assertThat(Http.get(status(b, e.getKey())).json()).as(e.getKey()).isEqualTo(ofA);
        }
    }

    private static boolean assigned(EmbeddedServer s) {
        return s.getApplicationContext()
                        .getBean(ProjectionConsumer.class)
                        .serving()
                        .lag()
                >= 0;
    }

    private static String status(EmbeddedServer s, String negotiationId) {
        return "http://127.0.0.1:" + s.getPort() + "/api/negotiations/" + negotiationId + "/status";
    }

    private static boolean tableExists(String jdbcUrl, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        jdbcUrl, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword());
                ResultSet rs = c.createStatement().executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
