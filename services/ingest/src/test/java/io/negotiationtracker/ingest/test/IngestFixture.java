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
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** The ingest application context on its own database, for tests below the HTTP layer (store, stream). */
public final class IngestFixture implements AutoCloseable {
    private static final Source SOURCE = new Source(null, "Test Wire", "Fixture", null);
    private final EmbeddedServer server;

    private IngestFixture(EmbeddedServer server) {
        this.server = server;
    }

    public static IngestFixture start(String name) {
        return new IngestFixture(ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", TestInfrastructure.newDatabase(name),
                "datasources.default.username", TestInfrastructure.jdbcUser(),
                "datasources.default.password", TestInfrastructure.jdbcPassword(),
                "kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                "tracker.topic", TestInfrastructure.newTopicName(name),
                "micronaut.server.port", -1,
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "fixture-secret-fixture-secret-fixture-secret")));
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    /** Appends {@code count} statements (opening the negotiation first if needed). */
    public void appendStatements(String negotiationId, int count) {
        EventStore store = bean(EventStore.class);
        List<ProposedEvent> events = new ArrayList<>();
        if (store.streamVersion(negotiationId) == 0) {
            events.add(new ProposedEvent(UUID.randomUUID(), WorldDate.parse("2025-04"), SOURCE, Confidence.CONFIRMED,
                    new NegotiationOpened("Talks", List.of(new Party("US", "United States"), new Party("JP", "Japan")), List.of(), null)));
        }
        for (int i = 0; i < count; i++) {
            events.add(new ProposedEvent(UUID.randomUUID(), WorldDate.parse("2025-06-16"), SOURCE, Confidence.CONFIRMED,
                    new StatementMade(new Person("Shigeru Ishiba", null, "JP"), "statement " + i, null)));
        }
        store.append(negotiationId, events, OptionalLong.empty(), Instant.now());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
