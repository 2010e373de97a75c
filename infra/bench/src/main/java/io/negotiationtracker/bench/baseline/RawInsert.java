package io.negotiationtracker.bench.baseline;

import io.negotiationtracker.bench.harness.PerThread;
import io.negotiationtracker.bench.harness.Workers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;

/**
 * The baseline: plain JDBC batch inserts (reWriteBatchedInserts) of rows shaped like the event store's (same keys and
 * unique constraints, a JSON payload of the same size), one transaction per batch, from the same number of writers
 * taking batches the same way as the ingest and peer scenarios, on the same server.
 */
public final class RawInsert {
    private static final int STREAMS = 50;

    private RawInsert() {}

    public static double rowsPerSecond(
            String jdbcUrl, String user, String password, int batches, int batchSize, int writers, int payloadSize)
            throws Exception {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop table if exists public.bench_raw");
            s.execute(
                    "create table public.bench_raw (position bigint primary key, event_id uuid not null unique, stream text not null, "
                            + "version bigint not null, type text not null, recorded_at timestamptz not null, envelope json not null, unique (stream, version))");
        }
        String payload = "{\"data\":\"" + "x".repeat(Math.max(0, payloadSize - 12)) + "\"}";
        double seconds;
        try (PerThread<Connection> connections = new PerThread<>(() -> {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            return c;
        })) {
            seconds = Workers.run(writers, batches, batch -> {
                Connection c = connections.get();
                try (PreparedStatement ps =
                        c.prepareStatement("insert into public.bench_raw values (?,?,?,?,?,now(),?::json)")) {
                    for (int i = 0; i < batchSize; i++) {
                        ps.setLong(1, (long) batch * batchSize + i + 1);
                        ps.setObject(2, UUID.randomUUID());
                        ps.setString(3, "raw-" + batch % STREAMS);
                        ps.setLong(4, (long) (batch / STREAMS) * batchSize + i + 1);
                        ps.setString(5, "StatementMade");
                        ps.setString(6, payload);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            });
        }
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop table public.bench_raw");
        }
        return (double) batches * batchSize / seconds;
    }
}
