package io.negotiationtracker.projection.consume;

import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.read.NegotiationReader;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.Rendering;
import io.negotiationtracker.projection.store.NegotiationRows;
import io.negotiationtracker.projection.store.NegotiationWrites;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the rows that are not current ({@link Freshness#isCurrent}): their status lags their events (deferred while
 * the consumer caught up) or was computed for another day (the clock moved on: days left, tariffs in force). Runs on its
 * own thread while the consumer is close to the head ({@link Freshness#rendersNow}); each row is rendered through the
 * read path and written only if no event arrived meanwhile ({@link Freshness#replaces}, and guarded by last_position).
 */
final class StaleRenderer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StaleRenderer.class);
    private static final int PAGE = 200;

    private final Generation generation;
    private final DataSource dataSource;
    private final NegotiationReader reader;
    private final NegotiationRows rows = new NegotiationRows();
    private final NegotiationWrites writes = new NegotiationWrites();
    private final Supplier<LocalDate> today;
    private final LongSupplier lag;
    private final long renderLagLimit;
    private final Consumer<Set<String>> rendered;
    private final AtomicLong stale = new AtomicLong(-1);
    private volatile long cleanPassStartedNanos = Long.MIN_VALUE;
    private volatile BackgroundLoop loop;

    StaleRenderer(
            Generation generation,
            DataSource dataSource,
            NegotiationReader reader,
            Supplier<LocalDate> today,
            LongSupplier lag,
            long renderLagLimit,
            Consumer<Set<String>> rendered) {
        this.generation = generation;
        this.dataSource = dataSource;
        this.reader = reader;
        this.today = today;
        this.lag = lag;
        this.renderLagLimit = renderLagLimit;
        this.rendered = rendered;
    }

    StaleRenderer start() {
        loop = BackgroundLoop.start("stale-renderer-g" + generation.number(), this::run);
        return this;
    }

    /** Rows found lagging by the last pass; -1 before the first pass, 0 when every row is current. */
    long stale() {
        return stale.get();
    }

    private void run(BackgroundLoop loop) {
        while (loop.running()) {
            try {
                boolean rowFailed = Freshness.rendersNow(lag.getAsLong(), renderLagLimit) && !pass(loop);
                loop.pause(rowFailed ? 1000 : stale.get() > 0 ? 10 : 250);
            } catch (RuntimeException e) {
                LOG.warn(
                        "generation {}: rendering lagging statuses failed, will retry: {}",
                        generation.number(),
                        e.toString());
                loop.failed(e);
                loop.pause(1000);
            }
        }
    }

    /** When the last pass that left no row lagging began (System.nanoTime); Long.MIN_VALUE if none yet. */
    long cleanPassStartedNanos() {
        return cleanPassStartedNanos;
    }

    /** One pass over a page of lagging rows; false if a row could not be rendered (the others were). */
    private boolean pass(BackgroundLoop loop) {
        long began = System.nanoTime();
        LocalDate day = today.get();
        List<NegotiationRows.Stale> page = Transactions.read(dataSource, c -> rows.stale(c, generation, day, PAGE));
        Set<String> done = new HashSet<>();
        RuntimeException failure = null;
        for (NegotiationRows.Stale row : page) {
            if (!loop.running()) return true;
            try {
                if (render(row, day)) done.add(row.negotiationId());
            } catch (RuntimeException e) {
                LOG.warn(
                        "generation {}: could not render {} (skipped this pass): {}",
                        generation.number(),
                        row.negotiationId(),
                        e.toString());
                failure = e;
            }
        }
        long left = page.size() - done.size() + (page.size() == PAGE ? 1 : 0);
        stale.set(left);
        if (left == 0) cleanPassStartedNanos = began;
        if (failure != null) loop.failed(failure);
        else loop.succeeded();
        if (!done.isEmpty()) rendered.accept(done);
        return failure == null;
    }

    /** One row re-folded and written in its own transaction, so a row that cannot be rendered holds up no other. */
    private boolean render(NegotiationRows.Stale row, LocalDate day) {
        return Transactions.inTransaction(dataSource, c -> {
            Rendering rendering = reader.render(c, generation, row.negotiationId(), day);
            return Freshness.replaces(rendering, row.lastPosition())
                    && writes.renderIfUnchanged(c, generation, rendering);
        });
    }

    @Override
    public void close() {
        if (loop != null) loop.close();
    }
}
