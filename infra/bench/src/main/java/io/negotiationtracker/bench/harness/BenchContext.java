package io.negotiationtracker.bench.harness;

import io.negotiationtracker.bench.ingest.IngestClient;
import io.negotiationtracker.devstack.DevStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** What every scenario gets: the running stack, the scale, the results so far, and clients to reach the stack. */
public record BenchContext(DevStack stack, Scale scale, Results results, IngestClient ingest) {
    /** The stack's own PostgreSQL (embedded, durable: fsync and synchronous commit on) starts with this superuser. */
    public static final String DB_USER = "postgres";

    public static final String DB_PASSWORD = "postgres";

    public static BenchContext of(DevStack stack, Scale scale, Results results) {
        return new BenchContext(stack, scale, results, new IngestClient(stack.ingestUrl(), stack.writerToken()));
    }

    /** A connection to the database the services use (each keeps its own schema in it). */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), DB_USER, DB_PASSWORD);
    }

    public String statusUrl(String negotiationId) {
        return stack.projectionUrl() + "/api/negotiations/" + negotiationId + "/status";
    }

    public void say(String format, Object... args) {
        System.out.printf(
                java.util.Locale.ROOT,
                "  [%s] %s%n",
                java.time.LocalTime.now().withNano(0),
                String.format(java.util.Locale.ROOT, format, args));
    }
}
