package io.negotiationtracker.projection.rebuild;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.consume.GenerationRunner;
import io.negotiationtracker.projection.consume.GenerationRunners;
import io.negotiationtracker.projection.consume.ProjectionConsumer;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.progress.AppliedPositions;
import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.read.ServingViews;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every view from the topic without downtime: a new generation of tables is filled by a replay of the topic
 * and then a second consumer (its own name, so its own offsets) while the API keeps serving the current one; once the new one is at the head of the
 * topic with every status rendered, the pointer moves in one transaction and its consumer takes over.
 *
 * <p>With several instances, every instance {@link #join}s a rebuild under way (their consumers share its partitions),
 * so one killed mid-rebuild leaves the others to finish it; a rebuild under way when the service stopped is resumed at
 * start. Whichever instance sees it caught up first moves the pointer; every instance then {@link #follow}s the
 * pointer: it serves the new generation and hands its consumer over (told at once by the switch's notice, else found by
 * the periodic sync).
 */
@Context
public class RebuildService {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildService.class);

    private final Generations generations;
    private final Watermarks watermarks;
    private final GenerationRunners runners;
    private final ProjectionConsumer serving;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final ServingViews views;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rebuild-monitor");
        t.setDaemon(true);
        return t;
    });
    private GenerationRunner building;
    private Instant startedAt;
    private Instant switchedAt;
    private long finalApplied;
    private long finalReplayed;
    private long target;
    private long atHeadSinceNanos;

    public RebuildService(
            Generations generations,
            Watermarks watermarks,
            GenerationRunners runners,
            ProjectionConsumer serving,
            AppliedPositions applied,
            ViewChanges changes,
            ServingViews views) {
        this.generations = generations;
        this.watermarks = watermarks;
        this.runners = runners;
        this.serving = serving;
        this.applied = applied;
        this.changes = changes;
        this.views = views;
        generations.building().ifPresent(this::join);
        monitor.scheduleWithFixedDelay(this::switchWhenCaughtUp, 200, 200, TimeUnit.MILLISECONDS);
    }

    public synchronized RebuildStatus start() {
        if (building != null) throw underWay(building.generation());
        begin(generations
                .createNext()
                .orElseThrow(() -> underWay(generations.building().orElse(generations.serving()))));
        return status();
    }

    /** A rebuild of {@code g} is under way (started here, on another instance, or before a restart): fill it here too. */
    public synchronized void join(Generation g) {
        if (building != null || g.number() <= generations.serving().number()) return;
        LOG.info("joining the rebuild of generation {}", g.number());
        begin(g);
    }

    /** The pointer names {@code pointer}: serve it here, with the rebuild's consumer if this instance ran it, else a new one. */
    public synchronized void follow(Generation pointer) {
        if (pointer.equals(generations.serving())) return;
        GenerationRunner next =
                building != null && building.generation().equals(pointer) ? building : runners.start(pointer);
        if (building != null && building != next) building.close();
        building = null;
        generations.follow(pointer);
        applied.reset(watermarks.watermark(pointer));
        serving.handOver(next);
        finalApplied = next.applied();
        finalReplayed = next.replayed();
        switchedAt = Instant.now();
        LOG.info(
                "the views now serve generation {} ({} records applied here{})",
                pointer.number(),
                finalApplied,
                startedAt == null
                        ? ""
                        : " in " + Duration.between(startedAt, switchedAt).toMillis() + " ms");
        changes.committed(new HashSet<>(views.negotiationIds()), applied.current());
    }

    private static ProblemException underWay(Generation g) {
        return new ProblemException(
                HttpStatus.CONFLICT,
                "generation " + g.number() + " is being rebuilt; see GET /api/admin/rebuild",
                null,
                Map.of("rebuildingGeneration", g.number()));
    }

    public synchronized RebuildStatus status() {
        GenerationRunner b = building;
        String state = b != null ? "building" : switchedAt != null ? "switched" : "idle";
        long appliedRecords = b != null ? b.applied() : finalApplied;
        Instant end = b != null ? Instant.now() : switchedAt;
        Double rate = startedAt == null || end == null
                ? null
                : appliedRecords
                        / Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return new RebuildStatus(
                state,
                generations.serving().number(),
                b == null ? null : b.generation().number(),
                startedAt,
                switchedAt,
                appliedRecords,
                b != null ? b.replayed() : finalReplayed,
                b == null ? 0 : b.lag(),
                b == null ? 0 : b.staleRows(),
                rate,
                generations.list());
    }

    private void begin(Generation g) {
        target = watermarks.watermark(generations.serving());
        atHeadSinceNanos = 0;
        startedAt = Instant.now();
        switchedAt = null;
        building = runners.start(g);
        LOG.info("rebuilding the views into generation {} from the topic", g.number());
    }

    private synchronized void switchWhenCaughtUp() {
        GenerationRunner b = building;
        if (b == null || !caughtUp(b)) return;
        try {
            if (!generations.switchTo(b.generation()))
                LOG.info("another instance switched first; following the pointer");
            follow(generations.pointer());
        } catch (RuntimeException e) {
            LOG.warn("switching to the rebuilt generation failed, will retry: {}", e.toString());
        }
    }

    /**
     * Ready to serve: the new generation's watermark has reached the serving one's when the rebuild began (every
     * position up to it applied, by whichever instances), this instance's consumer is at the head of the topic, and a
     * renderer pass begun after that found every status rendered.
     */
    private boolean caughtUp(GenerationRunner b) {
        if (atHeadSinceNanos == 0) {
            if (b.atHead() && watermarks.watermark(b.generation()) >= target) {
                atHeadSinceNanos = System.nanoTime();
                generations.markCaughtUp(b.generation());
            }
            return false;
        }
        return b.atHead() && b.renderedSince(atHeadSinceNanos);
    }

    @PreDestroy
    synchronized void stop() {
        monitor.shutdownNow();
        if (building != null) building.close();
        building = null;
    }
}
