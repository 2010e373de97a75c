package io.negotiationtracker.platform.kafka;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code /health} detail {@code kafkaTopics}: the configured replication factor and the topics this service uses that
 * have fewer replicas ({@link TopicReplication}). Stays UP: the service works, only less durably, and restarting it
 * would not help; an operator raises the topic's replication factor.
 */
@Singleton
public class TopicReplicationHealth implements HealthIndicator {
    private final KafkaSettings kafka;

    public TopicReplicationHealth(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("replicationFactor", (int) kafka.topic().replicationFactor());
        details.put("belowReplicationFactor", TopicReplication.belowConfigured());
        return Publishers.just(HealthResult.builder("kafkaTopics", HealthStatus.UP)
                .details(details)
                .build());
    }
}
