package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendPlan;
import io.negotiationtracker.ingest.append.AppendRequest;
import io.negotiationtracker.ingest.append.AppendStep;
import io.negotiationtracker.ingest.append.NewEvent;
import io.negotiationtracker.ingest.append.Stored;
import io.negotiationtracker.platform.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Decides an append with the writer's own rules ({@link AppendStep}, as a group of one) on what the store holds, and
 * stores nothing: one read-only, repeatable-read transaction reads the stream's version, the events stored under the
 * request's ids and the whole stream, and the position counter; it locks no stream, creates no stream row, inserts no
 * event and takes no position, so nothing reaches the relay. Runs beside the writer, not in its queue.
 */
final class DryRuns {
    private final DataSource dataSource;
    private final EventTable table;
    private final EventCodec codec;

    DryRuns(DataSource dataSource, EventTable table, EventCodec codec) {
        this.dataSource = dataSource;
        this.table = table;
        this.codec = codec;
    }

    DryRun run(AppendRequest request) {
        String id = request.negotiationId();
        return Transactions.inTransaction(dataSource, c -> {
            snapshot(c);
            long version = table.streamVersion(c, id);
            var known = table.findStored(
                    c, request.events().stream().map(ProposedEvent::eventId).toList());
            List<EventEnvelope> stream = new ArrayList<>();
            table.forEachEnvelope(c, id, json -> stream.add(codec.readEnvelope(json)));
            long head = table.head(c);
            AppendPlan plan = AppendStep.plan(
                    List.of(request), new Stored(known, Map.of(id, version), Map.of(id, Evolve.fold(id, stream))));
            AppendPlan.Placed placed = plan.placeAt(head + 1);
            if (!(placed.outcomes().get(0) instanceof AppendOutcome.Final outcome))
                throw new IllegalStateException("an append decided alone never waits for another group");
            return new DryRun(
                    outcome,
                    version,
                    stream,
                    placed.rows().stream().map(NewEvent::envelope).toList());
        });
    }

    /** Every read of the dry run sees the same committed state, and the transaction may write nothing. */
    private static void snapshot(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set transaction isolation level repeatable read, read only");
        }
    }
}
