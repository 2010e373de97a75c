package io.negotiationtracker.platform.outbox;

import org.slf4j.Logger;

/**
 * Who a relay is. {@code name}: its background loop (readiness, metrics, logs). {@code leadershipJob}: the PostgreSQL
 * advisory lock only one instance holds. {@code transactionalId}: stable across instances and restarts, so the broker
 * fences a deposed leader. {@code metricPrefix}: its gauges {@code .published.position}, {@code .stalled.position} and
 * counter {@code .permanent.failures}. {@code retriesMakeUnready}: whether a failing batch (broker away...) makes the
 * loop report failing; false where the service must stay ready without the broker (ingest keeps taking writes).
 * {@code log}: the service's logger, so the relay speaks under the name operators already filter on.
 */
public record RelaySettings(
        String name,
        String leadershipJob,
        String transactionalId,
        OutboxTopic topic,
        String metricPrefix,
        boolean retriesMakeUnready,
        Logger log) {}
