package io.negotiationtracker.ingest.test;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import io.negotiationtracker.ingest.append.AdmittedEvent;
import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The ingest service started for real, the one way ingest's integration tests start it: HTTP on a free port, a
 * database and a topic of its own, the shared test broker. {@link #fresh} gives a builder: change a property with
 * {@link Builder#with}, then {@link Builder#start} (twice for two instances on one store); {@link #restart} brings the
 * service back on the same database.
 */
public final class IngestFixture implements AutoCloseable {
    public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";
    private static final Source SOURCE = new Source(null, "Test Wire", "Fixture", null);

    private final Map<String, Object> properties;
    private final EmbeddedServer server;

    private IngestFixture(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
        this.server = ApplicationContext.run(EmbeddedServer.class, this.properties);
    }

    /** A builder on a fresh database and topic (named after {@code name}), on the shared test broker. */
    public static Builder fresh(String name) {
        Builder b = new Builder();
        b.with("datasources.default.url", TestInfrastructure.newDatabase(name));
        b.with("datasources.default.username", TestInfrastructure.jdbcUser());
        b.with("datasources.default.password", TestInfrastructure.jdbcPassword());
        b.with("kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        b.with("tracker.topic", TestInfrastructure.newTopicName(name));
        b.with("micronaut.server.port", -1);
        return b.with("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
    }

    /** The properties an instance starts with; instances started from one builder share its database and topic. */
    public static final class Builder {
        private final Map<String, Object> properties = new HashMap<>();

        private Builder() {}

        public Builder with(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        public Map<String, Object> properties() {
            return Map.copyOf(properties);
        }

        public IngestFixture start() {
            return new IngestFixture(properties);
        }
    }

    /** Stops this instance and starts another with the same properties (same database and topic). */
    public IngestFixture restart() {
        close();
        return new IngestFixture(properties);
    }

    public String url() {
        return server.getURL().toString();
    }

    public String topic() {
        return (String) properties.get("tracker.topic");
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public static String writerToken() {
        return JwtTokens.sign(SECRET, "test-writer", List.of("writer"), Duration.ofHours(1));
    }

    public static String readerToken() {
        return JwtTokens.sign(SECRET, "test-reader", List.of("reader"), Duration.ofHours(1));
    }

    /** Appends {@code count} statements through the store (opening the negotiation first if needed). */
    public void appendStatements(String negotiationId, int count) {
        EventStore store = bean(EventStore.class);
        List<ProposedEvent> events = new ArrayList<>();
        if (store.streamVersion(negotiationId) == 0) {
            events.add(new ProposedEvent(
                    UUID.randomUUID(),
                    WorldDate.parse("2025-04"),
                    SOURCE,
                    Confidence.CONFIRMED,
                    new NegotiationOpened(
                            "Talks",
                            List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                            List.of(),
                            null)));
        }
        for (int i = 0; i < count; i++) {
            events.add(new ProposedEvent(
                    UUID.randomUUID(),
                    WorldDate.parse("2025-06-16"),
                    SOURCE,
                    Confidence.CONFIRMED,
                    new StatementMade(new Person("Shigeru Ishiba", null, "JP"), "statement " + i, null)));
        }
        EventCodec codec = bean(EventCodec.class);
        List<AdmittedEvent> admitted = events.stream()
                .map(e -> new AdmittedEvent(e, EventJson.of(codec, e)))
                .toList();
        AppendOutcome.Final outcome = store.append(negotiationId, admitted, OptionalLong.empty(), Instant.now());
        if (!(outcome instanceof AppendOutcome.Appended))
            throw new IllegalStateException("the fixture's statements were not stored: " + outcome);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
