package io.negotiationtracker.platform.loops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Per loop (tag {@code loop}): tracker.loop.ready (1 or 0), tracker.loop.failures and tracker.loop.restarts. */
@Context
public class LoopMetrics {
    private final MeterRegistry meters;
    private final Duration stuckAfter;
    private final Clock clock = Clock.systemUTC();
    private final Map<LoopStatus, List<Meter>> registered = new ConcurrentHashMap<>();
    private final Consumer<LoopStatus> onRegister = this::bind;
    private final Consumer<LoopStatus> onRemove = this::unbind;

    public LoopMetrics(MeterRegistry meters, LoopSettings settings) {
        this.meters = meters;
        this.stuckAfter = settings.stuckAfter();
        Loops.watch(onRegister, onRemove);
    }

    private void bind(LoopStatus loop) {
        registered.put(
                loop,
                List.of(
                        Gauge.builder(
                                        "tracker.loop.ready",
                                        loop,
                                        l -> LoopVerdict.judge(l.snapshot(), clock.instant(), stuckAfter)
                                                        .ready()
                                                ? 1
                                                : 0)
                                .tag("loop", loop.name())
                                .description(
                                        "1 while the background loop is healthy, 0 while failing, stuck or stopped")
                                .register(meters),
                        FunctionCounter.builder(
                                        "tracker.loop.failures",
                                        loop,
                                        l -> l.snapshot().failures())
                                .tag("loop", loop.name())
                                .description("failed steps and crashes of the background loop")
                                .register(meters),
                        FunctionCounter.builder(
                                        "tracker.loop.restarts",
                                        loop,
                                        l -> l.snapshot().restarts())
                                .tag("loop", loop.name())
                                .description("restarts of the background loop after its body crashed")
                                .register(meters)));
    }

    private void unbind(LoopStatus loop) {
        List<Meter> m = registered.remove(loop);
        if (m != null) m.forEach(meters::remove);
    }

    @PreDestroy
    void close() {
        Loops.unwatch(onRegister, onRemove);
        registered.keySet().forEach(this::unbind);
    }
}
