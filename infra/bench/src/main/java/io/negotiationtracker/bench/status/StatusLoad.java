package io.negotiationtracker.bench.status;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.load.HttpLoad;
import java.time.Duration;

/**
 * status.rps, status.p99_ms: GET a negotiation's status from {@link #CONNECTIONS} closed-loop clients ({@link HttpLoad},
 * 3 s warm-up). The negotiation is one the ingest scenario wrote, else one this scenario opens.
 */
public final class StatusLoad implements Scenario {
    public static final int CONNECTIONS = 32;

    @Override
    public String name() {
        return "status";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        HttpLoad.Result r = measure(context, "status-read", context.scale().statusSeconds());
        context.results().put("status.rps", r.requestsPerSecond());
        context.results().put("status.p50_ms", r.p50Millis());
        context.results().put("status.p99_ms", r.p99Millis());
        context.results().put("status.errors", r.errors());
    }

    /** Opens {@code negotiation}, waits until its status is served, then loads it. */
    public static HttpLoad.Result measure(BenchContext context, String negotiation, int seconds) throws Exception {
        long position = context.ingest().openAll(negotiation, 1);
        String url = context.statusUrl(negotiation + 0);
        ProjectionCatchUp.await(url, position, Duration.ofMinutes(2));
        HttpLoad.Result r = HttpLoad.get(url, CONNECTIONS, Duration.ofSeconds(3), Duration.ofSeconds(seconds));
        context.say(
                "GET %s/status, %d connections, %d s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                negotiation + 0, CONNECTIONS, seconds, r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors());
        return r;
    }
}
