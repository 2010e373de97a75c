package io.negotiationtracker.notifier.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.negotiationtracker.notifier.consume.NotifierConsumer;
import io.negotiationtracker.notifier.outbox.AlertRelay;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Ready while the event consumer runs; details show its lag and the delivery backlogs, so a stall is never silent. */
@Singleton
@Readiness
public class NotifierReadiness implements HealthIndicator {
    private final NotifierConsumer consumer;
    private final AlertRelay relay;
    private final DeliveryBacklog backlog;

    public NotifierReadiness(NotifierConsumer consumer, AlertRelay relay, DeliveryBacklog backlog) {
        this.consumer = consumer;
        this.relay = relay;
        this.backlog = backlog;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("consumerRunning", consumer.running());
        details.put("consumerLag", consumer.lag());
        details.put("outboxBacklog", relay.backlog());
        details.put("webhookPending", backlog.pending());
        details.put("webhookDead", backlog.dead());
        return Mono.just(HealthResult.builder("notifier", consumer.running() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details)
                .build());
    }
}
