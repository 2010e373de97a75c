package io.negotiationtracker.bench.baseline;

import io.negotiationtracker.bench.events.Payloads;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scale;
import io.negotiationtracker.bench.harness.Scenario;

/** baseline.pg_raw_rows_per_s: what the stack's PostgreSQL takes by plain batch inserts of event-sized rows ({@link RawInsert}). */
public final class PgRawBaseline implements Scenario {
    @Override
    public String name() {
        return "baseline-pg";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Scale s = context.scale();
        double rate = RawInsert.rowsPerSecond(
                context.stack().jdbcUrl(),
                BenchContext.DB_USER,
                BenchContext.DB_PASSWORD,
                s.batches(),
                s.batchSize(),
                s.clients(),
                Payloads.envelopeSize());
        context.results().put("baseline.pg_raw_rows_per_s", rate);
        context.say(
                "raw PostgreSQL batch insert: %,.0f rows/s (%d batches of %d, %d writers)",
                rate, s.batches(), s.batchSize(), s.clients());
    }
}
