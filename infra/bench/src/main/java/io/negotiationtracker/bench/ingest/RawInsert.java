package io.negotiationtracker.bench.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baseline: plain JDBC batch inserts (reWriteBatchedInserts) of rows shaped like the event store's (same keys and
 * unique constraints, a JSON payload of the same size), committed every batch, on the same server.
 */
final class RawInsert {
    private RawInsert() {}

    static double rate(String jdbcUrl, String user, String password, long rows, int batchSize, int connections, int payloadSize) throws Exception {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_raw");
            s.execute("create table bench_raw (position bigint primary key, event_id uuid not null unique, stream text not null, "
                    + "version bigint not null, type text not null, recorded_at timestamptz not null, envelope json not null, unique (stream, version))");
        }
        String payload = "{\"data\":\"" + "x".repeat(Math.max(0, payloadSize - 12)) + "\"}";
        long perConnection = rows / connections;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            final int worker = k;
            work.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                     PreparedStatement ps = c.prepareStatement("insert into bench_raw values (?,?,?,?,?,now(),?::json)")) {
                    c.setAutoCommit(false);
                    for (long i = 0; i < perConnection; i++) {
                        long position = worker * perConnection + i + 1;
                        ps.setLong(1, position);
                        ps.setObject(2, UUID.randomUUID());
                        ps.setString(3, "raw-" + worker);
                        ps.setLong(4, i + 1);
                        ps.setString(5, "StatementMade");
                        ps.setString(6, payload);
                        ps.addBatch();
                        if ((i + 1) % batchSize == 0) {
                            ps.executeBatch();
                            c.commit();
                        }
                    }
                    ps.executeBatch();
                    c.commit();
                }
                return null;
            }));
        }
        for (Future<?> f : work) f.get();
        pool.shutdown();
        return perConnection * connections / ((System.nanoTime() - start) / 1e9);
    }
}
