package io.negotiationtracker.ingest.relay;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.negotiationtracker.platform.outbox.OutboxStall;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Readiness DOWN while the relay is stopped on an event it cannot publish: the details say which, where, and why. */
@Singleton
@Readiness
public class RelayReadiness implements HealthIndicator {
    private final KafkaRelay relay;

    public RelayReadiness(KafkaRelay relay) {
        this.relay = relay;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("publishedPosition", relay.publishedPosition());
        OutboxStall stall = relay.stall();
        if (stall == null)
            return Mono.just(HealthResult.builder("relay", HealthStatus.UP)
                    .details(details)
                    .build());
        details.put("stoppedAtPosition", stall.position());
        details.put("eventId", stall.id());
        details.put("negotiationId", stall.key());
        details.put("reason", stall.reason());
        details.put("since", stall.since().toString());
        return Mono.just(HealthResult.builder("relay", HealthStatus.DOWN)
                .details(details)
                .build());
    }
}
