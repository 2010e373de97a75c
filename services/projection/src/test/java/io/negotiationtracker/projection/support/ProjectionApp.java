package io.negotiationtracker.projection.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings and start-up of the projection service against the test broker and a test database. */
public final class ProjectionApp {
    /** The HS256 secret the test instances verify bearer tokens with. */
    public static final String JWT_SECRET = "projection-test-secret-0123456789-0123456789";

    private ProjectionApp() {}

    /** Today is 2025-06-17 (fixed), as in the demo. */
    public static Map<String, Object> properties(String jdbcUrl, String topic) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_SECRET);
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", TestInfrastructure.jdbcUser());
        p.put("datasources.default.password", TestInfrastructure.jdbcPassword());
        p.put("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        p.put("tracker.topic", topic);
        p.put("tracker.dead-letter-topic", topic + ".dlq");
        p.put("tracker.clock.at", "2025-06-17T10:00:00Z");
        p.put("tracker.clock.mode", "fixed");
        return p;
    }

    public static EmbeddedServer start(String jdbcUrl, String topic, Map<String, Object> extra) {
        Map<String, Object> p = properties(jdbcUrl, topic);
        p.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, p);
    }

    /** A token with the writer role: POST /api/admin/rebuild needs it. */
    public static String writerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    public static String readerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }
}
