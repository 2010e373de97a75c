package io.negotiationtracker.platform.loops;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Readiness of the background loops: DOWN while any loop is failing, stuck (no beat for tracker.loops.stuck-after) or
 * stopped, naming each loop with its verdict, last error and restarts.
 */
@Singleton
@Readiness
public class LoopsReadiness implements HealthIndicator {
    private final Duration stuckAfter;
    private final Clock clock = Clock.systemUTC();

    public LoopsReadiness(LoopSettings settings) {
        this.stuckAfter = settings.stuckAfter();
        Loops.recoveredAfter(settings.recoveredAfter());
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean ready = true;
        for (LoopStatus loop : Loops.all()) {
            LoopSnapshot s = loop.snapshot();
            LoopVerdict verdict = LoopVerdict.judge(s, clock.instant(), stuckAfter);
            ready &= verdict.ready();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("verdict", verdict.name());
            if (s.lastBeat() != null) d.put("lastBeat", s.lastBeat().toString());
            if (s.lastError() != null) d.put("lastError", s.lastError());
            if (s.lastFailure() != null) d.put("lastFailure", s.lastFailure().toString());
            d.put("failures", s.failures());
            d.put("restarts", s.restarts());
            String key = s.name();
            for (int n = 2; details.containsKey(key); n++) key = s.name() + "#" + n;
            details.put(key, d);
        }
        return Publishers.just(HealthResult.builder("loops", ready ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details)
                .build());
    }
}
