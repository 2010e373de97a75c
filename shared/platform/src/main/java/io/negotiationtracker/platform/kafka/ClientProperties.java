package io.negotiationtracker.platform.kafka;

import java.util.Map;
import java.util.Set;

/**
 * {@code kafka.client.*}: any other Kafka client property (for example {@code sasl.login.callback.handler.class} for
 * OAuth), given to every producer, consumer and admin client, for settings {@link ClientSecurity} does not name. It
 * cannot weaken what the services rely on: a producer acknowledged by every in-sync replica, idempotent, and consumers
 * and relays that own their group, offsets and transactions. Such a setting stops the service at startup rather than
 * being silently ignored.
 */
final class ClientProperties {
    private static final Map<String, String> REQUIRED = Map.of("acks", "all", "enable.idempotence", "true");
    private static final Set<String> OWNED = Set.of(
            "bootstrap.servers",
            "transactional.id",
            "group.id",
            "isolation.level",
            "enable.auto.commit",
            "key.serializer",
            "value.serializer",
            "key.deserializer",
            "value.deserializer");

    private ClientProperties() {}

    static void refuseWeakened(Map<String, String> client) {
        client.forEach((name, value) -> {
            String required = REQUIRED.get(name);
            if (required != null
                    && !required.equalsIgnoreCase(value.trim())
                    && !(name.equals("acks") && value.trim().equals("-1")))
                throw new IllegalArgumentException(
                        "kafka.client." + name + " = " + value + " is refused: the services publish with " + name + "="
                                + required + " so that nothing acknowledged is lost or written twice");
            if (OWNED.contains(name))
                throw new IllegalArgumentException(
                        "kafka.client." + name + " is refused: the services set it themselves"
                                + (name.equals("bootstrap.servers") ? " (use kafka.bootstrap-servers)" : ""));
        });
    }
}
