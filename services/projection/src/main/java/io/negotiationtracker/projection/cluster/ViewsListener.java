package io.negotiationtracker.projection.cluster;

import io.micronaut.context.annotation.Context;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.ViewNotice;
import io.negotiationtracker.projection.progress.AppliedPositions;
import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.rebuild.RebuildService;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every instance's {@link ViewNotice}s (its own included) on one held connection ({@code LISTEN}) and passes them
 * on: a serving generation's watermark to read-your-writes, the negotiations it changed to the live pages and the
 * status cache, a switch-over to {@link RebuildService#follow}. Notices arrive in commit order; those sent while the
 * connection was down are lost, so each (re)connection is followed by a full {@link ClusterSync#missedNotices}.
 */
@Context
public class ViewsListener {
    private static final int WAIT_MS = 500;
    private final DataSource dataSource;
    private final Generations generations;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final RebuildService rebuilds;
    private final ClusterSync sync;
    private final BackgroundLoop loop;

    public ViewsListener(
            DataSource dataSource,
            Generations generations,
            AppliedPositions applied,
            ViewChanges changes,
            RebuildService rebuilds,
            ClusterSync sync) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.applied = applied;
        this.changes = changes;
        this.rebuilds = rebuilds;
        this.sync = sync;
        this.loop = BackgroundLoop.start("views-listener", this::listen);
    }

    private void listen(BackgroundLoop loop) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + ViewNotice.CHANNEL);
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            sync.listening(true);
            sync.missedNotices();
            while (loop.running()) {
                PGNotification[] received = pg.getNotifications(WAIT_MS);
                loop.succeeded();
                if (received != null) for (PGNotification n : received) dispatch(ViewNotice.parse(n.getParameter()));
            }
        } finally {
            sync.listening(false);
        }
    }

    private void dispatch(ViewNotice notice) {
        if (notice == null) return;
        if (notice.kind().equals(ViewNotice.SWITCHED)) {
            rebuilds.follow(generations.pointer());
        } else if (notice.kind().equals(ViewNotice.APPLIED)
                && notice.generation() == generations.serving().number()) {
            applied.reached(notice.watermark());
            if (!notice.negotiationIds().isEmpty())
                changes.committed(Set.copyOf(notice.negotiationIds()), applied.current());
        }
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
