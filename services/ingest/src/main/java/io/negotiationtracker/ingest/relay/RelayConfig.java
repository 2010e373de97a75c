package io.negotiationtracker.ingest.relay;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The event topic ({@code tracker.topic}, created with {@code tracker.topic-partitions}) and the relay's
 * {@code tracker.relay.*}: rows per batch (one Kafka transaction each), and the transactional id, by default
 * {@code ingest-relay:<topic>} (the same on every instance, so the broker fences a deposed leader).
 */
@ConfigurationProperties("tracker")
public record RelayConfig(String topic, @Bindable(defaultValue = "6") int topicPartitions, Relay relay) {
    @ConfigurationProperties("relay")
    public record Relay(@Bindable(defaultValue = "1000") int batchSize, @Nullable String transactionalId) {}

    String transactionalId() {
        String id = relay.transactionalId();
        return id == null || id.isBlank() ? "ingest-relay:" + topic : id;
    }
}
