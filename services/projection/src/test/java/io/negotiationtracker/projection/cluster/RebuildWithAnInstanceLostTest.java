package io.negotiationtracker.projection.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.RandomStory;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "an instance killed during a rebuild": two instances on one database and topic, a rebuild started on the
 * first; the first stops while the rebuild is under way. The second finishes the rebuild and switches over, a third
 * instance started meanwhile joins the rebuild cleanly, and reads on the second keep answering, from the serving
 * generation and unchanged, until the switch. (In process an instance stops by closing its context; the cluster test
 * kills processes with SIGKILL.)
 */
class RebuildWithAnInstanceLostTest {
    record Read(int status, String generation, String body) {}

    @Test
    void anotherInstanceFinishesTheRebuildAndReadsKeepAnsweringFromTheServingGeneration() throws Exception {
        RandomStory story = new RandomStory("lost", 10, 13);
        List<EventEnvelope> events = story.events(30_000);
        long last = events.get(events.size() - 1).position();
        try (Topic topic = new Topic("projection-lost", 3)) {
            topic.send(events.toArray(new EventEnvelope[0]));
            // enough records that the rebuild's replay (one read of the topic, one COPY) is still under way when the
            // first instance stops; small consumer batches keep the catch-up after it slow too
            ProjectionApp app = ProjectionApp.onNewDatabase("projection_lost", topic.name())
                    .with("tracker.projection.max-poll-records", "100")
                    .with("tracker.projection.cluster.retired-grace", "1s");
            List<EmbeddedServer> started = new ArrayList<>();
            try {
                EmbeddedServer first = start(app, started);
                EmbeddedServer second = start(app, started);
                for (EmbeddedServer s : List.of(first, second))
                    await().atMost(Duration.ofSeconds(240))
                            .until(() ->
                                    Http.get(status(s) + "?minPosition=" + last).status() == 200);
                String before = Http.get(status(second)).body();

                List<Read> reads = new CopyOnWriteArrayList<>();
                AtomicBoolean reading = new AtomicBoolean(true);
                Thread reader = new Thread(() -> {
                    while (reading.get()) {
                        var r = Http.get(status(second));
                        reads.add(new Read(r.status(), r.header("X-View-Generation"), r.body()));
                    }
                });
                reader.start();

                var rebuild = Http.postAs(ProjectionApp.writerToken(), first.getURL() + "/api/admin/rebuild", null);
                assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
                await().atMost(Duration.ofSeconds(60)).until(() -> building(first) && building(second));
                first.getApplicationContext().close();
                assertThat(rebuildOf(second).path("state").asText())
                        .as("the rebuild was still under way when the first instance stopped")
                        .isEqualTo("building");

                EmbeddedServer third = start(app, started); // started mid-rebuild: joins it
                for (EmbeddedServer s : List.of(second, third))
                    await().atMost(Duration.ofSeconds(180))
                            .until(() -> "2".equals(Http.get(status(s)).header("X-View-Generation")));
                reading.set(false);
                reader.join();

                assertThat(reads)
                        .isNotEmpty()
                        .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
                assertThat(reads).allSatisfy(r -> assertThat(r.body()).isEqualTo(before));
                List<String> generations = reads.stream().map(Read::generation).toList();
                int firstNew = generations.indexOf("2");
                assertThat(generations.subList(0, firstNew < 0 ? generations.size() : firstNew))
                        .isNotEmpty()
                        .containsOnly("1");
                if (firstNew >= 0)
                    assertThat(generations.subList(firstNew, generations.size()))
                            .containsOnly("2");

                JsonNode done = rebuildOf(second);
                assertThat(done.path("servingGeneration").asInt()).isEqualTo(2);
                for (var e : story.eventsByNegotiation().entrySet()) {
                    String url = "/api/negotiations/" + e.getKey() + "/status";
                    JsonNode ofSecond = Http.get(second.getURL() + url).json();
                    assertThat(ofSecond.path("version").asInt()).as(e.getKey()).isEqualTo(e.getValue());
                    assertThat(Http.get(third.getURL() + url).json())
                            .as(e.getKey())
                            .isEqualTo(ofSecond);
                }
            } finally {
                for (EmbeddedServer s : started)
                    if (s.getApplicationContext().isRunning())
                        s.getApplicationContext().close();
            }
        }
    }

    private static EmbeddedServer start(ProjectionApp app, List<EmbeddedServer> started) {
        EmbeddedServer s = app.start();
        started.add(s);
        return s;
    }

    private static boolean building(EmbeddedServer s) {
        return rebuildOf(s).path("state").asText().equals("building");
    }

    private static JsonNode rebuildOf(EmbeddedServer s) {
        return Http.get(s.getURL() + "/api/admin/rebuild").json();
    }

    private static String status(EmbeddedServer s) {
        return s.getURL() + "/api/negotiations/lost-3/status";
    }
}
