package io.negotiationtracker.bench.e2e;

import io.negotiationtracker.bench.events.BenchEvents;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Results;
import io.negotiationtracker.bench.harness.Scale;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.harness.Workers;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * e2e.*: single-event appends at a fixed arrival rate ({@link OpenLoopRun}), each negotiation written once a second
 * (as many negotiations as events per second), after a closed-loop warm-up, while a {@link LiveObserver} follows the
 * projection's live feed; from each write's intended start to its acknowledgement and to the change being seen.
 * Keys {@code e2e.*} for 1,000/s, {@code e2e_<rate>.*} for the other rates.
 */
public final class EndToEnd implements Scenario {
    private static final int MAX_IN_FLIGHT = 2_000;
    private static final long WARM_UP_NUMBERS = 100_000_000L;

    @Override
    public String name() {
        return "e2e";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Scale s = context.scale();
        for (int rate : s.e2eRates()) {
            String prefix = "e2e-" + rate + "-";
            context.ingest().openAll(prefix, rate);
            // closed loop first (16 writers, each waiting for its answer): an open loop that starts on a cold JIT only
            // piles up requests
            // (numbered apart from the run's events: an issue or round id may not repeat in a negotiation)
            Workers.run(
                    16,
                    rate * s.e2eWarmUpSeconds(),
                    i -> context.ingest().append(prefix + i % rate, BenchEvents.proposed(WARM_UP_NUMBERS + i)));
            VisibilityTracker tracker = new VisibilityTracker();
            OpenLoopRun.Outcome o;
            long unseen;
            try (LiveObserver observer = LiveObserver.follow(context.stack().projectionUrl(), tracker)) {
                OpenLoopSchedule schedule = new OpenLoopSchedule(
                        System.nanoTime() + 50_000_000L,
                        rate,
                        Duration.ofSeconds(s.e2eWarmUpSeconds()).toNanos(),
                        Duration.ofSeconds(s.e2eSeconds()).toNanos());
                o = OpenLoopRun.run(context.ingest(), prefix, rate, schedule, tracker, MAX_IN_FLIGHT);
                unseen = tracker.awaitAllSeen(30_000);
                report(context, rate, schedule, o, tracker.visibleMicros(), unseen);
            }
        }
    }

    private static void report(
            BenchContext context,
            int rate,
            OpenLoopSchedule schedule,
            OpenLoopRun.Outcome o,
            Histogram visible,
            long unseen) {
        String key = rate == 1000 ? "e2e." : "e2e_" + rate + ".";
        Results r = context.results();
        r.put(key + "rate_per_s", o.recordedAcknowledged() / schedule.recordedSeconds());
        r.put(key + "visible_p50_ms", visible.getValueAtPercentile(50) / 1000.0);
        r.put(key + "visible_p99_ms", visible.getValueAtPercentile(99) / 1000.0);
        r.put(key + "visible_max_ms", visible.getMaxValue() / 1000.0);
        r.put(key + "ack_p50_ms", o.ackMicros().getValueAtPercentile(50) / 1000.0);
        r.put(key + "ack_p99_ms", o.ackMicros().getValueAtPercentile(99) / 1000.0);
        r.put(key + "failed", o.failed());
        r.put(key + "unseen", unseen);
        context.say(
                "open loop at %d/s for %.0f s (after %.0f s unrecorded): %,d acknowledged (%.0f/s), %d failed, %d never seen; "
                        + "visible p50 %.1f ms, p99 %.1f ms, max %.1f ms; ack p99 %.1f ms (%d recorded)",
                rate,
                schedule.recordedSeconds(),
                schedule.warmUpNanos() / 1e9,
                o.recordedAcknowledged(),
                o.recordedAcknowledged() / schedule.recordedSeconds(),
                o.failed(),
                unseen,
                visible.getValueAtPercentile(50) / 1000.0,
                visible.getValueAtPercentile(99) / 1000.0,
                visible.getMaxValue() / 1000.0,
                o.ackMicros().getValueAtPercentile(99) / 1000.0,
                visible.getTotalCount());
        o.failures().forEach((why, n) -> context.say("  failed %d x %s", n, why));
    }
}
