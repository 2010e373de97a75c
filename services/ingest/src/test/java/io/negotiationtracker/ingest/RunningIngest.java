package io.negotiationtracker.ingest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ingest service started for real (HTTP on a free port, its own database, a real broker); restartable on the same database. */
final class RunningIngest implements AutoCloseable {
    static final String SECRET = "test-secret-test-secret-test-secret-0123456789";

    private final EmbeddedServer server;
    private final Map<String, Object> properties;

    private RunningIngest(Map<String, Object> properties) {
        this.properties = properties;
        this.server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** A fresh database and topic, on the shared test broker. */
    static Map<String, Object> freshProperties(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", TestInfrastructure.newDatabase(name));
        p.put("datasources.default.username", TestInfrastructure.jdbcUser());
        p.put("datasources.default.password", TestInfrastructure.jdbcPassword());
        p.put("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        p.put("tracker.topic", TestInfrastructure.newTopicName(name));
        p.put("micronaut.server.port", -1);
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
        return p;
    }

    static RunningIngest start(Map<String, Object> properties) {
        return new RunningIngest(properties);
    }

    RunningIngest restart() {
        close();
        return new RunningIngest(properties);
    }

    String url() {
        return server.getURL().toString();
    }

    String topic() {
        return (String) properties.get("tracker.topic");
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    static String writerToken() {
        return JwtTokens.sign(SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    static String readerToken() {
        return JwtTokens.sign(SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
