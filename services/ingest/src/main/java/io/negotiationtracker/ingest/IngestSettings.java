package io.negotiationtracker.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The service's own settings under {@code tracker.*}, read in one place rather than by {@code @Value} wherever they are
 * used: how many events one request may carry, the event topic the relay publishes to, and the relay's batches. How the relay lays out the topic when it creates it
 * (partitions, replicas) is {@code kafka.topic.*}, shared with the other services. The
 * door's per-event limits are {@code tracker.ingest.*}, the event stream's {@code tracker.stream.*}.
 *
 * @param maxBatch        events one append may carry (tracker.max-batch); more is refused (413)
 * @param topic           the event topic (tracker.topic)
 */
@ConfigurationProperties("tracker")
public record IngestSettings(
        @Bindable(defaultValue = "1000") int maxBatch, String topic, Relay relay) {
    public IngestSettings {
        if (topic == null || topic.isBlank())
            throw new IllegalStateException("tracker.topic must be set: the topic the relay publishes to");
    }

    /**
     * @param batchSize       events read from the store and published per Kafka transaction (tracker.relay.batch-size)
     * @param transactionalId the relay's Kafka transactional.id (tracker.relay.transactional-id); "ingest-relay:" and
     *                        the topic when not set
     */
    /** The relay's transactional.id: the same on every instance, so the broker fences a deposed leader. */
    public String transactionalId() {
        String id = relay.transactionalId();
        return id == null || id.isBlank() ? "ingest-relay:" + topic : id;
    }

    @ConfigurationProperties("relay")
    public record Relay(
            @Bindable(defaultValue = "1000") int batchSize,
            @Nullable String transactionalId) {}
}
