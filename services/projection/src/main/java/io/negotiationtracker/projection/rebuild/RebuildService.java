package io.negotiationtracker.projection.rebuild;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.consume.GenerationRunner;
import io.negotiationtracker.projection.consume.GenerationRunners;
import io.negotiationtracker.projection.consume.ProjectionConsumer;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
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
 * Rebuilds every view from the topic without downtime: a new generation of tables is filled by a second consumer
 * (its own name, so its own offsets) while the API keeps serving the current one; once the new one is at the head of the
 * topic with every status rendered, the pointer moves in one transaction and its consumer takes over. A rebuild that
 * was under way when the service stopped is resumed at start.
 */
@Context
public class RebuildService {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildService.class);

    private final Generations generations;
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
    private long target;
    private long atHeadSinceNanos;

    public RebuildService(Generations generations, GenerationRunners runners, ProjectionConsumer serving, AppliedPositions applied,
                          ViewChanges changes, ServingViews views) {
        this.generations = generations;
        this.runners = runners;
        this.serving = serving;
        this.applied = applied;
        this.changes = changes;
        this.views = views;
        generations.building().ifPresent(g -> {
            LOG.info("resuming the rebuild of generation {}", g.number());
            begin(g);
        });
        monitor.scheduleWithFixedDelay(this::switchWhenCaughtUp, 200, 200, TimeUnit.MILLISECONDS);
    }

    public synchronized RebuildStatus start() {
        if (building != null)
            throw new ProblemException(HttpStatus.CONFLICT, "generation " + building.generation().number() + " is being rebuilt; "
                    + "see GET /api/admin/rebuild", null, Map.of("rebuildingGeneration", building.generation().number()));
        generations.dropRetired();
        begin(generations.createNext());
        return status();
    }

    public synchronized RebuildStatus status() {
        GenerationRunner b = building;
        String state = b != null ? "building" : switchedAt != null ? "switched" : "idle";
        long appliedRecords = b != null ? b.applied() : finalApplied;
        Instant end = b != null ? Instant.now() : switchedAt;
        Double rate = startedAt == null || end == null ? null
                : appliedRecords / Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return new RebuildStatus(state, generations.serving().number(), b == null ? null : b.generation().number(), startedAt, switchedAt,
                appliedRecords, b == null ? 0 : b.lag(), b == null ? 0 : b.staleRows(), rate, generations.list());
    }

    private void begin(Generation g) {
        target = generations.appliedPosition(generations.serving());
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
            Generation g = b.generation();
            generations.switchTo(g);
            applied.reset(generations.appliedPosition(g));
            serving.handOver(b);
            finalApplied = b.applied();
            building = null;
            switchedAt = Instant.now();
            LOG.info("the views now serve generation {} ({} records applied in {} ms)", g.number(), finalApplied,
                    Duration.between(startedAt, switchedAt).toMillis());
            changes.committed(new HashSet<>(views.negotiationIds()), applied.current());
        } catch (RuntimeException e) {
            LOG.warn("switching to the rebuilt generation failed, will retry: {}", e.toString());
        }
    }

    /**
     * Ready to serve: the new generation has applied everything the serving one had when the rebuild began, its consumer
     * is at the head of the topic, and a renderer pass begun after that found every status rendered.
     */
    private boolean caughtUp(GenerationRunner b) {
        if (atHeadSinceNanos == 0) {
            if (b.atHead() && generations.appliedPosition(b.generation()) >= target) {
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
