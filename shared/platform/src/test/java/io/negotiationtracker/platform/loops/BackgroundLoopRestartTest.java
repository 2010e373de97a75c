package io.negotiationtracker.platform.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.negotiationtracker.platform.BackgroundLoop;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A loop whose body throws is restarted with backoff; readiness names it and its error while it fails, and is UP once it recovers. */
class BackgroundLoopRestartTest {
    final LoopsReadiness readiness =
            new LoopsReadiness(new LoopSettings(Duration.ofSeconds(60), Duration.ofMillis(500)));

    @Test
    void aCrashingBodyIsRestartedAndReportedUntilItRecovers() {
        AtomicBoolean broken = new AtomicBoolean(true);
        AtomicInteger starts = new AtomicInteger();
        try (BackgroundLoop loop = BackgroundLoop.start("test-crashing-loop", l -> {
            starts.incrementAndGet();
            while (l.running()) {
                if (broken.get()) throw new IllegalStateException("the step is broken");
                l.pause(20);
            }
        })) {
            await().atMost(Duration.ofSeconds(5)).until(() -> starts.get() >= 3);
            HealthResult failing = result();
            assertThat(failing.getStatus()).isEqualTo(HealthStatus.DOWN);
            Map<?, ?> details = (Map<?, ?>) ((Map<?, ?>) failing.getDetails()).get("test-crashing-loop");
            assertThat(details.get("verdict")).isEqualTo("FAILING");
            assertThat((String) details.get("lastError")).isEqualTo("IllegalStateException: the step is broken");
            assertThat((Long) details.get("restarts")).isGreaterThanOrEqualTo(2L);
            assertThat(loop.alive()).isTrue();

            broken.set(false);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> result().getStatus().equals(HealthStatus.UP));
        }
        assertThat(Loops.all()).noneMatch(s -> s.name().equals("test-crashing-loop"));
    }

    @Test
    void aStepTheBodyReportsFailedIsDownUntilAStepSucceeds() {
        AtomicBoolean broken = new AtomicBoolean(true);
        try (BackgroundLoop loop = BackgroundLoop.start("test-reporting-loop", l -> {
            while (l.running()) {
                if (broken.get()) l.failed(new IllegalStateException("database unreachable"));
                else l.succeeded();
                l.pause(20);
            }
        })) {
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> result().getStatus().equals(HealthStatus.DOWN));
            Map<?, ?> details = (Map<?, ?>) ((Map<?, ?>) result().getDetails()).get("test-reporting-loop");
            assertThat(details.get("lastError")).isEqualTo("IllegalStateException: database unreachable");
            broken.set(false);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> result().getStatus().equals(HealthStatus.UP));
        }
    }

    @Test
    void aLoopBlockedLongerThanStuckAfterIsDownAsStuckUntilItBeatsAgain() {
        LoopsReadiness strict = new LoopsReadiness(new LoopSettings(Duration.ofMillis(500), Duration.ofMillis(500)));
        AtomicBoolean blocked = new AtomicBoolean(true);
        try (BackgroundLoop loop = BackgroundLoop.start("test-blocked-loop", l -> {
            while (l.running()) {
                while (blocked.get()) Thread.sleep(50);
                l.pause(20);
            }
        })) {
            await().atMost(Duration.ofSeconds(5))
                    .until(() ->
                            Mono.from(strict.getResult()).block().getStatus().equals(HealthStatus.DOWN));
            Map<?, ?> details = (Map<?, ?>)
                    ((Map<?, ?>) Mono.from(strict.getResult()).block().getDetails()).get("test-blocked-loop");
            assertThat(details.get("verdict")).isEqualTo("STUCK");
            blocked.set(false);
            await().atMost(Duration.ofSeconds(5))
                    .until(() ->
                            Mono.from(strict.getResult()).block().getStatus().equals(HealthStatus.UP));
        }
    }

    @Test
    void aLoopThatStopsBeatingIsStuck() {
        LoopSnapshot s = new LoopSnapshot(
                "x", java.time.Instant.EPOCH, java.time.Instant.EPOCH, null, null, null, false, 0, 0, false);
        assertThat(LoopVerdict.judge(s, java.time.Instant.EPOCH.plusSeconds(61), Duration.ofSeconds(60)))
                .isEqualTo(LoopVerdict.STUCK);
        assertThat(LoopVerdict.judge(s, java.time.Instant.EPOCH.plusSeconds(59), Duration.ofSeconds(60)))
                .isEqualTo(LoopVerdict.HEALTHY);
        LoopSnapshot stopped = new LoopSnapshot(
                "x", java.time.Instant.EPOCH, java.time.Instant.EPOCH, null, null, null, false, 0, 0, true);
        assertThat(LoopVerdict.judge(stopped, java.time.Instant.EPOCH, Duration.ofSeconds(60)))
                .isEqualTo(LoopVerdict.STOPPED);
    }

    private HealthResult result() {
        return Mono.from(readiness.getResult()).block();
    }
}
