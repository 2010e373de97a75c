package io.negotiationtracker.bench.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.bench.events.Payloads;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scale;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.harness.Workers;
import io.negotiationtracker.bench.ingest.IngestLoad;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * peer.axon_events_per_s: Axon Framework 4.13's JdbcEventStorageEngine (Jackson serializer, its PostgreSQL table
 * layout in schema {@code axon} of the stack's database), in this process, appending the ingest scenario's events: the
 * same statement JSON (parsed, as ingest parses its request), the same batches (one appendEvents call and one
 * transaction per batch), the same number of writers, the same JDBC driver options, each batch to the next of 50
 * aggregates with its sequence numbers.
 */
public final class AxonPeer implements Scenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "peer";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Scale s = context.scale();
        try (Connection c = context.database();
                Statement st = c.createStatement()) {
            st.execute("create schema if not exists axon");
        }
        String url = context.stack().jdbcUrl() + (context.stack().jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=axon&reWriteBatchedInserts=true";
        try (ThreadTransactions tx = new ThreadTransactions(url, BenchContext.DB_USER, BenchContext.DB_PASSWORD)) {
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(tx)
                    .transactionManager(tx)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .build();
            tx.executeInTransaction(() -> engine.createSchema(PostgresEventTableFactory.INSTANCE));
            int warmUp = Math.max(5, s.batches() / 20);
            Workers.run(s.clients(), warmUp, i -> engine.appendEvents(batch("warm-up-", i, s.batchSize())));
            double seconds =
                    Workers.run(s.clients(), s.batches(), i -> engine.appendEvents(batch("bench-", i, s.batchSize())));
            double rate = s.events() / seconds;
            long stored = stored(context);
            if (stored != s.events() + (long) warmUp * s.batchSize())
                throw new IllegalStateException("Axon's table holds " + stored + " events, not the "
                        + (s.events() + (long) warmUp * s.batchSize()) + " appended");
            context.results().put("peer.axon_events_per_s", rate);
            context.say(
                    "Axon JdbcEventStorageEngine, in process, batches of %d from %d writers: %,.0f events/s (%,d in %.1f s)",
                    s.batchSize(), s.clients(), rate, s.events(), seconds);
        }
    }

    /** Batch {@code i}: aggregate {@code prefix + i % 50}, sequence numbers following the batches before it there. */
    private static List<DomainEventMessage<?>> batch(String prefix, int i, int size) throws Exception {
        JsonNode events = JSON.readTree(Payloads.batch(size));
        String aggregate = prefix + i % IngestLoad.NEGOTIATIONS;
        long first = (long) (i / IngestLoad.NEGOTIATIONS) * size;
        List<DomainEventMessage<?>> messages = new ArrayList<>(size);
        for (int j = 0; j < size; j++)
            messages.add(new GenericDomainEventMessage<>("Negotiation", aggregate, first + j, events.get(j)));
        return messages;
    }

    private static long stored(BenchContext context) throws Exception {
        try (Connection c = context.database();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from axon.domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
