package io.negotiationtracker.platform.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.HashMap;
import java.util.Map;

/**
 * Kafka client settings shared by the services: where the broker is, durable producer defaults, and the two size
 * limits a record must fit, both set explicitly rather than left to Kafka's defaults: the producer's
 * {@code max.request.size} ({@code kafka.producer.max-request-size}) and the {@code max.message.bytes} the relays give
 * the topics they create ({@code kafka.topic.max-message-bytes}).
 */
@ConfigurationProperties("kafka")
public record KafkaSettings(String bootstrapServers, Producer producer, Topic topic) {
    public static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    public static final int DEFAULT_TOPIC_MAX_MESSAGE_BYTES = 1_048_588;

    /** {@code kafka.producer.*}. */
    @ConfigurationProperties("producer")
    public record Producer(@Bindable(defaultValue = "1048576") int maxRequestSize) {}

    /** {@code kafka.topic.*}: what the relays give the topics they create. */
    @ConfigurationProperties("topic")
    public record Topic(@Bindable(defaultValue = "1048588") int maxMessageBytes) {}

    @Creator
    public KafkaSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) throw new IllegalArgumentException("kafka.bootstrap-servers must be set");
    }

    public KafkaSettings(String bootstrapServers, int maxRequestSize, int topicMaxMessageBytes) {
        this(bootstrapServers, new Producer(maxRequestSize), new Topic(topicMaxMessageBytes));
    }

    public int maxRequestSize() {
        return producer.maxRequestSize();
    }

    public int topicMaxMessageBytes() {
        return topic.maxMessageBytes();
    }

    public Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("request.timeout.ms", 10_000);
        c.put("default.api.timeout.ms", 15_000);
        return c;
    }

    public Map<String, Object> producerConfig() {
        Map<String, Object> c = clientConfig();
        c.put("acks", "all");
        c.put("enable.idempotence", true);
        c.put("linger.ms", 5);
        c.put("batch.size", 262_144);
        c.put("compression.type", "none");
        c.put("max.block.ms", 10_000);
        c.put("delivery.timeout.ms", 30_000);
        c.put("max.request.size", maxRequestSize());
        return c;
    }

    /**
     * A producer that publishes in Kafka transactions under a stable {@code transactional.id}: the broker fences any
     * older producer of the same id (a deposed relay leader) as soon as a new one initialises. At most 5 requests in
     * flight per connection, the most for which the idempotent producer keeps each partition in the order sent: the
     * relays' restart rule relies on a partition holding a prefix of what was sent to it ({@code OutboxRelay}).
     */
    public Map<String, Object> transactionalProducerConfig(String transactionalId) {
        Map<String, Object> c = producerConfig();
        c.put("transactional.id", transactionalId);
        c.put("transaction.timeout.ms", 60_000);
        c.put("max.in.flight.requests.per.connection", 5);
        return c;
    }
}
