package io.negotiationtracker.notifier.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.negotiationtracker.notifier.webhooks.DeliveryStore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Webhook deliveries waiting and given up, counted every few seconds (not on every scrape) and exposed as gauges. */
@Context
public class DeliveryBacklog {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryBacklog.class);

    private final DeliveryStore deliveries;
    private final AtomicLong pending = new AtomicLong(-1);
    private final AtomicLong dead = new AtomicLong(-1);

    public DeliveryBacklog(DeliveryStore deliveries, MeterRegistry meters) {
        this.deliveries = deliveries;
        Gauge.builder("notifier.webhooks.pending", pending, AtomicLong::get)
                .description("webhook deliveries not yet delivered")
                .register(meters);
        Gauge.builder("notifier.webhooks.dead", dead, AtomicLong::get)
                .description("webhook deliveries that gave up after the last retry")
                .register(meters);
    }

    @Scheduled(fixedDelay = "${tracker.webhooks.backlog-refresh:5s}", initialDelay = "1s")
    void refresh() {
        try {
            var counts = deliveries.countsByStatus();
            pending.set(counts.get("pending"));
            dead.set(counts.get("dead"));
        } catch (RuntimeException e) {
            LOG.warn("could not count webhook deliveries: {}", e.getMessage());
        }
    }

    public long pending() {
        return pending.get();
    }

    public long dead() {
        return dead.get();
    }
}
