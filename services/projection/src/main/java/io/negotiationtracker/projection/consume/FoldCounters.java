package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.projection.render.FoldObserver;

/** How negotiations were folded per batch: incrementally from a cached state, or in full from their stored events. */
final class FoldCounters implements FoldObserver {
    private final Counter incremental;
    private final Counter full;

    FoldCounters(MeterRegistry meters, int generation) {
        this.incremental = counter(meters, generation, "incremental");
        this.full = counter(meters, generation, "full");
    }

    @Override
    public void extended() {
        incremental.increment();
    }

    @Override
    public void foldedInFull() {
        full.increment();
    }

    private static Counter counter(MeterRegistry meters, int generation, String kind) {
        return Counter.builder("projection.folds")
                .tag("kind", kind)
                .tag("generation", Integer.toString(generation))
                .description("negotiation folds per batch, by kind")
                .register(meters);
    }
}
