package io.negotiationtracker.projection.cluster;

import io.micronaut.context.annotation.Context;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.Instances;
import io.negotiationtracker.projection.generation.RetiredTables;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.progress.AppliedPositions;
import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.read.ServingViews;
import io.negotiationtracker.projection.rebuild.RebuildService;
import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps an instance in step without relying on notices (polling, the fallback of {@link ViewsListener}): every
 * {@code sync-interval} it follows the pointer, joins a rebuild under way, takes the serving watermark, says which
 * generation it serves ({@link Instances}), and drops retired tables no instance reads ({@link RetiredTables}).
 */
@Context
public class ClusterSync {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterSync.class);
    private final Generations generations;
    private final Watermarks watermarks;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final ServingViews views;
    private final RebuildService rebuilds;
    private final Instances instances;
    private final RetiredTables retired;
    private final ClusterSettings settings;
    private final BackgroundLoop loop;
    private volatile boolean listening;

    public ClusterSync(
            Generations generations,
            Watermarks watermarks,
            AppliedPositions applied,
            ViewChanges changes,
            ServingViews views,
            RebuildService rebuilds,
            Instances instances,
            RetiredTables retired,
            ClusterSettings settings) {
        this.generations = generations;
        this.watermarks = watermarks;
        this.applied = applied;
        this.changes = changes;
        this.views = views;
        this.rebuilds = rebuilds;
        this.instances = instances;
        this.retired = retired;
        this.settings = settings;
        this.loop = BackgroundLoop.start("cluster-sync", this::run);
    }

    /** Whether notices arrive; while they do not, a watermark that moved tells the live pages that everything changed. */
    void listening(boolean now) {
        listening = now;
    }

    /** Notices may have been missed (the listening connection was just opened): live pages reload, the watermark is read. */
    void missedNotices() {
        applied.reached(watermarks.watermark(generations.serving()));
        changes.committed(new HashSet<>(views.negotiationIds()), applied.current());
    }

    private void run(BackgroundLoop loop) {
        while (loop.running()) {
            try {
                once();
                loop.succeeded();
            } catch (RuntimeException e) {
                LOG.warn("syncing with the other instances failed, will retry: {}", e.toString());
                loop.failed(e);
            }
            loop.pause(settings.syncInterval().toMillis());
        }
    }

    private void once() {
        rebuilds.follow(generations.pointer());
        generations.building().ifPresent(rebuilds::join);
        long before = applied.current();
        applied.reached(watermarks.watermark(generations.serving()));
        if (!listening && applied.current() > before)
            changes.committed(new HashSet<>(views.negotiationIds()), applied.current());
        instances.serving(generations.serving());
        List<Integer> dropped = retired.dropUnread(settings.retiredGrace(), settings.silentAfter());
        if (!dropped.isEmpty())
            LOG.info("dropped the tables of retired generations {}: no instance reads them", dropped);
    }

    @PreDestroy
    void stop() {
        loop.close();
        try {
            instances.gone();
        } catch (RuntimeException e) {
            LOG.debug("could not remove this instance's row (it expires): {}", e.toString());
        }
    }
}
