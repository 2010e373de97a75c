package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** How negotiations were folded per batch: incrementally from a cached state, or in full from their stored events. */
final class FoldCounters {
    private final Counter incremental;
    private final Counter full;

    FoldCounters(MeterRegistry meters, int generation) {
        this.incremental = Counter.builder("projection.folds").tag("kind", "incremental").tag("generation", Integer.toString(generation))
                .description("negotiation folds per batch, by kind").register(meters);
        this.full = Counter.builder("projection.folds").tag("kind", "full").tag("generation", Integer.toString(generation))
                .description("negotiation folds per batch, by kind").register(meters);
    }

    void incremental() {
        incremental.increment();
    }

    void fullFold() {
        full.increment();
    }
}
