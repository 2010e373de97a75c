package io.negotiationtracker.projection.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * /health/readiness of the running service judges every background loop of the process: the consumer and the stale
 * renderer are listed UP; a loop whose step keeps throwing turns readiness DOWN (503) naming the loop and its error,
 * and readiness is UP again once the loop recovers.
 */
class LoopReadinessTest {
    @Test
    void readinessIsDownWithTheLoopsErrorWhileItFailsAndUpAfterItRecovers() {
        try (Topic topic = new Topic("projection-readiness", 1)) {
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_readiness", topic.name())
                    .with("tracker.loops.recovered-after", "500ms")
                    .start();
            String readiness = "http://127.0.0.1:" + server.getPort() + "/health/readiness";
            try {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> Http.get(readiness).status() == 200);
                JsonNode loops =
                        Http.get(readiness).json().path("details").path("loops").path("details");
                assertThat(loops.path("consumer-projection").path("verdict").asText())
                        .isEqualTo("HEALTHY");
                assertThat(loops.path("stale-renderer-g1").path("verdict").asText())
                        .isEqualTo("HEALTHY");

                AtomicBoolean broken = new AtomicBoolean(true);
                try (BackgroundLoop flaky = BackgroundLoop.start("test-flaky-loop", loop -> {
                    while (loop.running()) {
                        if (broken.get()) throw new IllegalStateException("cannot reach the flaky thing");
                        loop.pause(20);
                    }
                })) {
                    await().atMost(Duration.ofSeconds(10))
                            .until(() -> Http.get(readiness).status() == 503);
                    JsonNode down = Http.get(readiness).json();
                    assertThat(down.path("status").asText()).isEqualTo("DOWN");
                    JsonNode flakyDetails =
                            down.path("details").path("loops").path("details").path("test-flaky-loop");
                    assertThat(flakyDetails.path("verdict").asText()).isEqualTo("FAILING");
                    assertThat(flakyDetails.path("lastError").asText())
                            .isEqualTo("IllegalStateException: cannot reach the flaky thing");
                    MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);
                    assertThat(meters.get("tracker.loop.ready")
                                    .tag("loop", "test-flaky-loop")
                                    .gauge()
                                    .value())
                            .isZero();
                    assertThat(meters.get("tracker.loop.restarts")
                                    .tag("loop", "test-flaky-loop")
                                    .functionCounter()
                                    .count())
                            .isPositive();

                    broken.set(false);
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> Http.get(readiness).status() == 200);
                    assertThat(flaky.alive()).isTrue();
                    assertThat(meters.get("tracker.loop.ready")
                                    .tag("loop", "test-flaky-loop")
                                    .gauge()
                                    .value())
                            .isEqualTo(1.0);
                }
            } finally {
                server.getApplicationContext().close();
            }
        }
    }
}
