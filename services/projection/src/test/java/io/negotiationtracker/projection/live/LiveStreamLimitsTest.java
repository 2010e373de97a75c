package io.negotiationtracker.projection.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Topic;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The live feed caps the streams one client address holds: one more gets 429 problem+json with Retry-After. */
class LiveStreamLimitsTest {
    @Test
    void aClientBeyondItsShareOfLiveStreamsIsToldToRetryLater() throws Exception {
        try (Topic topic = new Topic("projection-live-limits", 1)) {
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_live_limits", topic.name())
                    .with("tracker.live.max-subscribers-per-client", 2)
                    .start();
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<Stream<String>>>> open = new ArrayList<>();
            try {
                HttpRequest live = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/live"))
                        .header("Accept", "text/event-stream")
                        .build();
                for (int i = 0; i < 2; i++) {
                    var stream = http.sendAsync(live, HttpResponse.BodyHandlers.ofLines());
                    open.add(stream);
                    assertThat(stream.get().statusCode()).isEqualTo(200);
                }
                HttpResponse<String> refused = http.send(live, HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.headers().firstValue("content-type").orElse(""))
                        .startsWith("application/problem+json");
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(refused.body()).contains("tracker.live.max-subscribers-per-client");

                open.remove(0).get().body().close();
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    var again = http.sendAsync(live, HttpResponse.BodyHandlers.ofLines())
                            .get();
                    if (again.statusCode() == 200) {
                        again.body().close();
                        return true;
                    }
                    return false;
                });
            } finally {
                for (var f : open) f.get().body().close();
                server.close();
            }
        }
    }
}
