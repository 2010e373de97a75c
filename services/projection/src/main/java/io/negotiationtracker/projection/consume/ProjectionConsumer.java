package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.progress.AppliedPositions;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.atomic.AtomicReference;

/** Runs the consumer of the serving generation for the life of the service; a switch-over hands over a new one. */
@Context
public class ProjectionConsumer {
    private final AtomicReference<GenerationRunner> serving = new AtomicReference<>();

    public ProjectionConsumer(
            Generations generations,
            Watermarks watermarks,
            GenerationRunners runners,
            AppliedPositions applied,
            MeterRegistry meters) {
        Generation g = generations.serving();
        applied.reset(watermarks.watermark(g));
        serving.set(runners.start(g));
        Gauge.builder("projection.consumer.lag", this, c -> c.serving().lag())
                .description("records on the topic the serving views have not applied (-1: not polled yet)")
                .register(meters);
        Gauge.builder("projection.consumer.applied", this, c -> c.serving().applied())
                .description("records the serving consumer applied since start")
                .register(meters);
    }

    public GenerationRunner serving() {
        return serving.get();
    }

    /** Makes {@code next} (already switched to in the database) the serving runner and stops the old one. */
    public void handOver(GenerationRunner next) {
        GenerationRunner old = serving.getAndSet(next);
        if (old != null && old != next) old.close();
    }

    @PreDestroy
    void stop() {
        GenerationRunner r = serving.getAndSet(null);
        if (r != null) r.close();
    }
}
