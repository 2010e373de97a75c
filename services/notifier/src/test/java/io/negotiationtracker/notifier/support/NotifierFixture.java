package io.negotiationtracker.notifier.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.notifier.alerts.TimeScanner;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The notifier under test, built as a deployment is: {@link #fresh()} gives it its own database and topics on the shared
 * test broker and server; {@link #today}, {@link #with} and {@link #withSingleton} return an adjusted copy of the same
 * deployment; {@link #start()} runs an instance of it (HTTP server, consumer, relay, workers) in this JVM. Instances
 * started from one fixture, or from its copies, share its database, as the instances of one deployment do.
 */
public final class NotifierFixture {
    /** The HS256 secret the test instances verify bearer tokens with. */
    public static final String JWT_SECRET = "notifier-test-secret-0123456789-0123456789";

    private final Deployment deployment;
    private final Map<String, Object> properties;
    private final List<Object> singletons;

    private record Deployment(String jdbcUrl, String eventsTopic, String alertsTopic, String group) {}

    private NotifierFixture(Deployment deployment, Map<String, Object> properties, List<Object> singletons) {
        this.deployment = deployment;
        this.properties = Map.copyOf(properties);
        this.singletons = List.copyOf(singletons);
    }

    /** A new deployment: its own database, events topic (3 partitions), alerts topic and consumer group; the real clock. */
    public static NotifierFixture fresh() {
        Deployment d = new Deployment(
                TestInfrastructure.newDatabase("notifier"),
                TestInfrastructure.newTopicName("events"),
                TestInfrastructure.newTopicName("alerts"),
                TestInfrastructure.newTopicName("notifier"));
        TestInfrastructure.createTopic(d.eventsTopic(), 3);
        return new NotifierFixture(d, defaults(d), List.of());
    }

    private static Map<String, Object> defaults(Deployment d) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_SECRET);
        p.put("datasources.default.url", d.jdbcUrl());
        p.put("datasources.default.username", TestInfrastructure.jdbcUser());
        p.put("datasources.default.password", TestInfrastructure.jdbcPassword());
        p.put("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        p.put("tracker.topic", d.eventsTopic());
        p.put("tracker.alerts-topic", d.alertsTopic());
        p.put("kafka.topic.partitions", 3);
        p.put("tracker.dead-letter-topic", d.eventsTopic() + ".dlq");
        p.put("tracker.consumer-group", d.group());
        p.put("tracker.webhooks.initial-backoff", "100ms");
        p.put("tracker.webhooks.max-backoff", "400ms");
        p.put("tracker.webhooks.max-attempts", 4);
        p.put("tracker.webhooks.timeout", "2s");
        // The test receivers listen on loopback, which webhooks may only reach when the operator allows it explicitly.
        p.put("tracker.webhooks.allowed-hosts", "127.0.0.1,localhost");
        p.put("tracker.webhooks.allow-private", "127.0.0.0/8");
        return p;
    }

    /** The clock fixed at the start of {@code day} (e.g. 2025-07-02). */
    public NotifierFixture today(String day) {
        return with("tracker.clock.at", day).with("tracker.clock.mode", "fixed");
    }

    public NotifierFixture with(String property, Object value) {
        Map<String, Object> p = new HashMap<>(properties);
        p.put(property, value);
        return new NotifierFixture(deployment, p, singletons);
    }

    /** A bean that replaces the service's own of its type (e.g. a HostResolver). */
    public NotifierFixture withSingleton(Object bean) {
        return new NotifierFixture(
                deployment,
                properties,
                Stream.concat(singletons.stream(), Stream.of(bean)).toList());
    }

    public Running start() {
        ApplicationContext context = ApplicationContext.builder()
                .properties(properties)
                .singletons(singletons.toArray())
                .start();
        try {
            return new Running(context, context.getBean(EmbeddedServer.class).start());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return deployment.jdbcUrl();
    }

    public String eventsTopic() {
        return deployment.eventsTopic();
    }

    public String alertsTopic() {
        return deployment.alertsTopic();
    }

    public String group() {
        return deployment.group();
    }

    /** A token with the writer role: webhook subscriptions need it. */
    public static String writerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    public static String readerToken() {
        return JwtTokens.sign(JWT_SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }

    /** A running instance; closing it stops it like a process exit. */
    public static final class Running implements AutoCloseable {
        private final ApplicationContext context;
        private final EmbeddedServer server;

        private Running(ApplicationContext context, EmbeddedServer server) {
            this.context = context;
            this.server = server;
        }

        public String url() {
            return "http://127.0.0.1:" + server.getPort();
        }

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** Runs the deadline scan for {@code today} at once; returns how many alerts were new. */
        public int scan(String today) {
            return bean(TimeScanner.class).scan(LocalDate.parse(today));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
