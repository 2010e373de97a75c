package io.negotiationtracker.bench.projection;

import io.negotiationtracker.bench.load.HttpLoad;
import io.negotiationtracker.devstack.DevStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The projection's figures, in one run of the real stack (bin/bench projection): (a) write-to-visible latency at a steady
 * write rate, (c) status reads under concurrent load ({@link HttpLoad}, in Java: nothing to install), (b) rebuild rate of a large topic
 * against PostgreSQL's raw insert rate. Prints figures; asserts nothing.
 * Options: --rate 1000 --seconds 20 --events 1000000 --negotiations 1000 --connections 32
 */
public final class ProjectionBenchmark {
    public static void main(String[] args) throws Exception {
        int rate = option(args, "--rate", 1000);
        int seconds = option(args, "--seconds", 20);
        int events = option(args, "--events", 1_000_000);
        int negotiations = option(args, "--negotiations", 1000);
        int connections = option(args, "--connections", 32);
        Path dir = Files.createTempDirectory("nt-bench-projection");
        try (DevStack stack = DevStack.start(DevStack.Options.forTests(dir))) {
            System.out.printf("stack up: ingest %s, projection %s%n", stack.ingestUrl(), stack.projectionUrl());

            var latency = LatencyRun.run(stack.ingestUrl(), stack.projectionUrl(), stack.writerToken(), 20, rate, Duration.ofSeconds(5),
                    Duration.ofSeconds(seconds));
            Histogram h = latency.visible();
            System.out.printf("(a) ingest ack -> visible in status, target %d events/s: sent %d (%.0f/s achieved), acknowledged %d, failed %d; "
                            + "measured %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 < 100 ms)%n", rate, latency.sent(), latency.achievedPerSecond(),
                    latency.acknowledged(), latency.failed(), h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()));
            latency.failures().forEach((why, n) -> System.out.printf("    failed %d x %s%n", n, why));

            var reads = HttpLoad.get(stack.projectionUrl() + "/api/negotiations/bench-lat-0/status", connections, Duration.ofSeconds(3), Duration.ofSeconds(15));
            System.out.printf("(c) GET status, %d connections for 15 s (HttpLoad, closed loop): %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors "
                            + "(goal >= 5,000 req/s, p99 < 20 ms)%n", connections, reads.requestsPerSecond(), reads.p50Millis(), reads.p99Millis(), reads.errors());

            var rebuild = RebuildRun.run(stack.kafkaBootstrap(), "negotiation.events.v1", stack.projectionUrl(), stack.writerToken(), stack.jdbcUrl(),
                    events, negotiations);
            System.out.printf("(b) %d events over %d negotiations produced in %.1f s; serving views caught up at %.0f events/s; rebuild: %.0f events/s "
                            + "(%.1f s); raw PostgreSQL insert of equal rows: %.0f rows/s; ratio %.2f (goal >= 0.5)%n", rebuild.events(), negotiations,
                    rebuild.produceSeconds(), rebuild.catchUpPerSecond(), rebuild.rebuildPerSecond(), rebuild.rebuildSeconds(), rebuild.rawPerSecond(),
                    rebuild.rebuildPerSecond() / rebuild.rawPerSecond());
        }
    }

    private static double ms(long micros) {
        return micros / (double) TimeUnit.MILLISECONDS.toMicros(1);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        return fallback;
    }
}
