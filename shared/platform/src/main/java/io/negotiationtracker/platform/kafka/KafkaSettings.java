package io.negotiationtracker.platform.kafka;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Kafka client settings shared by the services: where the broker is, and durable producer defaults. */
@Singleton
public class KafkaSettings {
    private final String bootstrapServers;

    public KafkaSettings(@Value("${kafka.bootstrap-servers}") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
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
        return c;
    }
}
