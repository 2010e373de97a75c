package io.negotiationtracker.platform.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.MapFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * Kafka client settings shared by the services: where the brokers are, how to reach them (security, SASL, TLS, and any
 * other client property under {@code kafka.client.*}, see {@link ClientProperties}), durable producer defaults that no
 * setting can turn off, the two size limits a record must fit ({@code kafka.producer.max-request-size}, the topics'
 * {@code kafka.topic.max-message-bytes}), and how the relays lay out the topics they create ({@link Topic}).
 */
@ConfigurationProperties("kafka")
public record KafkaSettings(
        String bootstrapServers,
        Producer producer,
        Topic topic,
        ClientSecurity clientSecurity,

        @Nullable @MapFormat(transformation = MapFormat.MapTransformation.FLAT)
        Map<String, String> client) {
    public static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    public static final int DEFAULT_TOPIC_MAX_MESSAGE_BYTES = 1_048_588;

    /** {@code kafka.producer.*}. */
    @ConfigurationProperties("producer")
    public record Producer(
            @Bindable(defaultValue = "1048576") int maxRequestSize) {}

    /**
     * {@code kafka.topic.*}: what the relays give the topics they create (environment {@code KAFKA_TOPIC_PARTITIONS},
     * {@code KAFKA_TOPIC_REPLICATION_FACTOR}, {@code KAFKA_TOPIC_MIN_INSYNC_REPLICAS}). The defaults suit one broker;
     * a cluster wants replication factor 3 and {@code min.insync.replicas} 2, so an acknowledged write survives a broker.
     */
    @ConfigurationProperties("topic")
    public record Topic(
            @Bindable(defaultValue = "1048588") int maxMessageBytes,
            @Bindable(defaultValue = "6") int partitions,
            @Bindable(defaultValue = "1") short replicationFactor,
            @Bindable(defaultValue = "1") int minInsyncReplicas) {
        public Topic {
            if (partitions < 1) throw new IllegalArgumentException("kafka.topic.partitions must be at least 1");
            if (replicationFactor < 1)
                throw new IllegalArgumentException("kafka.topic.replication-factor must be at least 1");
            if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor)
                throw new IllegalArgumentException(
                        "kafka.topic.min-insync-replicas must be between 1 and the replication factor ("
                                + replicationFactor + "), not " + minInsyncReplicas
                                + ": otherwise no write could ever be acknowledged");
        }

        static Topic single(int maxMessageBytes) {
            return new Topic(maxMessageBytes, 6, (short) 1, 1);
        }
    }

    @Creator
    public KafkaSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank())
            throw new IllegalArgumentException("kafka.bootstrap-servers must be set");
        client = client == null ? Map.of() : Map.copyOf(client);
        ClientProperties.refuseWeakened(client);
    }

    /** Settings for a broker reached in plain text, with the default topic layout (tests, tools). */
    public KafkaSettings(String bootstrapServers) {
        this(bootstrapServers, DEFAULT_MAX_REQUEST_SIZE, DEFAULT_TOPIC_MAX_MESSAGE_BYTES);
    }

    public KafkaSettings(String bootstrapServers, int maxRequestSize, int topicMaxMessageBytes) {
        this(
                bootstrapServers,
                new Producer(maxRequestSize),
                Topic.single(topicMaxMessageBytes),
                ClientSecurity.NONE,
                Map.of());
    }

    public int maxRequestSize() {
        return producer.maxRequestSize();
    }

    public int topicMaxMessageBytes() {
        return topic.maxMessageBytes();
    }

    /** What every producer, consumer and admin client gets: the brokers, bounded waits, security and {@code kafka.client.*}. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("request.timeout.ms", 10_000);
        c.put("default.api.timeout.ms", 15_000);
        c.putAll(clientSecurity.properties());
        c.putAll(client);
        return c;
    }

    /** A producer that loses nothing acknowledged: {@code acks=all} and idempotence are put last, over any setting. */
    public Map<String, Object> producerConfig() {
        Map<String, Object> c = clientConfig();
        c.putIfAbsent("linger.ms", 5);
        c.putIfAbsent("batch.size", 262_144);
        c.putIfAbsent("compression.type", "none");
        c.putIfAbsent("max.block.ms", 10_000);
        c.putIfAbsent("delivery.timeout.ms", 30_000);
        c.put("max.request.size", maxRequestSize());
        c.put("acks", "all");
        c.put("enable.idempotence", true);
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
        c.putIfAbsent("transaction.timeout.ms", 60_000);
        c.put("max.in.flight.requests.per.connection", 5);
        return c;
    }
}
