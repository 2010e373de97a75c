package io.negotiationtracker.projection.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one fixture of the projection's integration tests: the service against the test broker and a test database, with
 * a fixed clock (today is 2025-06-17 10:00 UTC, as in the demo) and test bearer tokens. Immutable: {@link #with} gives a
 * new builder, so a test can start the same database and topic twice with different settings.
 */
public final class ProjectionApp {
    /** The HS256 secret the test instances verify bearer tokens with. */
    public static final String JWT_SECRET = "projection-test-secret-0123456789-0123456789";

    private final String jdbcUrl;
    private final Map<String, Object> properties;

    private ProjectionApp(String jdbcUrl, Map<String, Object> properties) {
        this.jdbcUrl = jdbcUrl;
        this.properties = Map.copyOf(properties);
    }

    /** The service on a new database named after {@code database}, reading {@code topic}. */
    public static ProjectionApp onNewDatabase(String database, String topic) {
        return on(TestInfrastructure.newDatabase(database), topic);
    }

    /** The service on an existing database (e.g. to start again where a stopped one left off), reading {@code topic}. */
    public static ProjectionApp on(String jdbcUrl, String topic) {
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
        return new ProjectionApp(jdbcUrl, p);
    }

    /** The same app with one more setting. */
    public ProjectionApp with(String property, Object value) {
        Map<String, Object> p = new HashMap<>(properties);
        p.put(property, value);
        return new ProjectionApp(jdbcUrl, p);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The settings as strings, for a {@code @MicronautTest} class's TestPropertyProvider. */
    public Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        properties.forEach((k, v) -> p.put(k, v.toString()));
        return p;
    }

    /** Starts the service on a random port; close its application context to stop it. */
    public EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** A token with the writer role: POST /api/admin/rebuild needs it. */
    public static String writerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    public static String readerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }
}
