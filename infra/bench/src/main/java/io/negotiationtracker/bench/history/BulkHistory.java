package io.negotiationtracker.bench.history;

import io.negotiationtracker.bench.events.BenchEvents;
import io.negotiationtracker.bench.harness.BenchContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Prepares history fast: COPY of generated events straight into ingest's event store, in its schema (V1: streams,
 * events, global_position), positions taken from its counter under its row lock, 200,000 rows a transaction. The
 * relay then publishes them like any append and the projection applies them ({@link #ensureStored} waits for that).
 * Events go to new negotiations {@code history-<n>-<k>} of about 1,000 events each, versions from 1 (NegotiationOpened).
 */
public final class BulkHistory {
    private static final int ROWS_PER_TRANSACTION = 200_000;
    private static final int ROWS_PER_WRITE = 5_000;

    private BulkHistory() {}

    /** Loads what is missing for the store to hold {@code target} events; returns how many it loaded (0 if none). */
    public static long load(BenchContext context, long target) throws Exception {
        try (Connection c = context.database()) {
            c.setAutoCommit(false);
            long stored = StoreHead.of(c);
            long missing = target - stored;
            if (missing <= 0) return 0;
            int negotiations = (int) Math.max(10, Math.min(10_000, missing / 1000));
            String prefix = "history-" + stored + "-";
            long start = System.nanoTime();
            insertStreams(c, prefix, negotiations, missing);
            for (long done = 0; done < missing; done += ROWS_PER_TRANSACTION) {
                long rows = Math.min(ROWS_PER_TRANSACTION, missing - done);
                long first = StoreHead.lock(c) + 1;
                copy(c, prefix, negotiations, done, rows, first);
                try (PreparedStatement ps =
                        c.prepareStatement("update ingest.global_position set last = ? where id = 1")) {
                    ps.setLong(1, first + rows - 1);
                    ps.executeUpdate();
                }
                c.commit();
                context.say(
                        "bulk history: %,d of %,d events stored (%.0f s)",
                        done + rows, missing, (System.nanoTime() - start) / 1e9);
            }
            context.results().put("history.copy_rows_per_s", missing / ((System.nanoTime() - start) / 1e9));
            return missing;
        }
    }

    private static void insertStreams(Connection c, String prefix, int negotiations, long events) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("insert into ingest.streams (negotiation_id, version) values (?, ?)")) {
            for (int k = 0; k < negotiations; k++) {
                ps.setString(1, prefix + k);
                ps.setLong(2, events / negotiations + (k < events % negotiations ? 1 : 0));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Events {@code from .. from+rows-1} of the load: event j goes to negotiation j % n as its version j / n + 1. */
    private static void copy(Connection c, String prefix, int negotiations, long from, long rows, long firstPosition)
            throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy ingest.events (position, event_id, negotiation_id, version, type, "
                        + "occurred_on, recorded_at, content_hash, envelope) from stdin");
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < rows; i++) {
            long j = from + i;
            String negotiation = prefix + j % negotiations;
            long version = j / negotiations + 1;
            long position = firstPosition + i;
            BenchEvents.Stored e = BenchEvents.stored(negotiation, version, position);
            sb.append(position)
                    .append('\t')
                    .append(e.eventId())
                    .append('\t')
                    .append(negotiation)
                    .append('\t')
                    .append(version)
                    .append('\t')
                    .append(e.type())
                    .append('\t')
                    .append(e.occurredOn())
                    .append("\t2025-06-17 10:00:00+00\tbulk-")
                    .append(position)
                    .append('\t')
                    .append(e.envelope().replace("\\", "\\\\"))
                    .append('\n');
            if ((i + 1) % ROWS_PER_WRITE == 0 || i == rows - 1) {
                byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                sb.setLength(0);
            }
        }
        in.endCopy();
    }
}
