package io.negotiationtracker.notifier.support;

import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One notifier deployment for a test class: its own database and topics on the shared test broker and server. */
public final class NotifierSetup {
    /** The HS256 secret the test instances verify bearer tokens with. */
    public static final String JWT_SECRET = "notifier-test-secret-0123456789-0123456789";

    public final String jdbcUrl = TestInfrastructure.newDatabase("notifier");
    public final String eventsTopic = TestInfrastructure.newTopicName("events");
    public final String alertsTopic = TestInfrastructure.newTopicName("alerts");
    public final String group = TestInfrastructure.newTopicName("notifier");

    public NotifierSetup() {
        TestInfrastructure.createTopic(eventsTopic, 3);
    }

    /** The properties of one instance; {@code today} fixes the clock (null for the real clock). */
    public Map<String, Object> properties(String today) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_SECRET);
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", TestInfrastructure.jdbcUser());
        p.put("datasources.default.password", TestInfrastructure.jdbcPassword());
        p.put("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        p.put("tracker.topic", eventsTopic);
        p.put("tracker.alerts-topic", alertsTopic);
        p.put("tracker.topic-partitions", 3);
        p.put("tracker.dead-letter-topic", eventsTopic + ".dlq");
        p.put("tracker.consumer-group", group);
        p.put("tracker.webhooks.initial-backoff", "100ms");
        p.put("tracker.webhooks.max-backoff", "400ms");
        p.put("tracker.webhooks.max-attempts", 4);
        p.put("tracker.webhooks.timeout", "2s");
        // The test receivers listen on loopback, which webhooks may only reach when the operator allows it explicitly.
        p.put("tracker.webhooks.allowed-hosts", "127.0.0.1,localhost");
        p.put("tracker.webhooks.allow-private", "127.0.0.0/8");
        if (today != null) {
            p.put("tracker.clock.at", today);
            p.put("tracker.clock.mode", "fixed");
        }
        return p;
    }

    /** A token with the writer role: webhook subscriptions need it. */
    public static String writerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    public static String readerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }
}
