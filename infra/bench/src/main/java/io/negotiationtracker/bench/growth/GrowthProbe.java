package io.negotiationtracker.bench.growth;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scale;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.history.StoredHistory;
import io.negotiationtracker.bench.ingest.IngestLoad;
import io.negotiationtracker.bench.load.HttpLoad;
import io.negotiationtracker.bench.status.StatusLoad;
import java.util.Locale;

/**
 * growth.*: the same short probe — batch append throughput ({@link IngestLoad}: scale.probeBatches batches after as many
 * unrecorded, so that neither phase runs on a cold JIT) and status reads
 * under load ({@link StatusLoad#measure}) — on the fresh, empty store (phase EMPTY, run first) and once the store holds
 * scale.historyEvents events that the projection has applied (phase LOADED, run late). The ratios loaded/empty are
 * computed when all scenarios have run.
 */
public final class GrowthProbe implements Scenario {
    public enum Phase {
        EMPTY,
        LOADED
    }

    private final Phase phase;

    public GrowthProbe(Phase phase) {
        this.phase = phase;
    }

    @Override
    public String name() {
        return "growth-" + phase.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Scale s = context.scale();
        long stored = phase == Phase.LOADED ? StoredHistory.ensure(context, s.historyEvents()) : 0;
        String key = "growth." + phase.name().toLowerCase(Locale.ROOT) + ".";
        IngestLoad.Outcome appends = IngestLoad.run(
                context.ingest(),
                "growth-" + phase.name().toLowerCase(Locale.ROOT) + "-",
                s.probeBatches(),
                s.probeBatches(),
                s.batchSize(),
                s.clients());
        HttpLoad.Result reads = StatusLoad.measure(
                context, "growth-status-" + phase.name().toLowerCase(Locale.ROOT) + "-", s.statusSeconds());
        context.results().put(key + "stored_events", stored);
        context.results().put(key + "append_events_per_s", appends.perSecond());
        context.results().put(key + "status_rps", reads.requestsPerSecond());
        context.results().put(key + "status_p99_ms", reads.p99Millis());
        if (phase == Phase.LOADED) context.results().put("growth.stored_events", stored);
        context.say(
                "%s store (%,d events): appends %,.0f events/s; status p99 %.2f ms",
                phase, stored, appends.perSecond(), reads.p99Millis());
    }
}
