package io.negotiationtracker.projection.consume;

import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.projection.generation.Generation;

/** One generation being filled from the topic: its replay (a new one), its transactional consumer and its renderer of lagging rows. */
public final class GenerationRunner implements AutoCloseable {
    private final Generation generation;
    private final TransactionalConsumer consumer;
    private final StaleRenderer renderer;
    private final Replay replay;
    private final Runnable onClose;

    /** @param replay the replay that fills the generation before its consumer and renderer start; null if none */
    GenerationRunner(
            Generation generation,
            TransactionalConsumer consumer,
            StaleRenderer renderer,
            Replay replay,
            Runnable onClose) {
        this.generation = generation;
        this.consumer = consumer;
        this.renderer = renderer;
        this.replay = replay;
        this.onClose = onClose;
    }

    public Generation generation() {
        return generation;
    }

    public TransactionalConsumer consumer() {
        return consumer;
    }

    /** Records on the topic not yet applied; -1 before the first poll. */
    public long lag() {
        return consumer.lag();
    }

    /** Records applied (or dead-lettered) by this process: replayed, then consumed. */
    public long applied() {
        return replayed() + consumer.applied();
    }

    /** Records this process read in the generation's replay (0 without one, or while another instance replays it). */
    public long replayed() {
        return replay == null ? 0 : replay.records();
    }

    /** Rows whose rendering lags; -1 until the renderer has looked. */
    public long staleRows() {
        return renderer.stale();
    }

    /** At the head of the topic (as far as the consumer knows): nothing left to poll. */
    public boolean atHead() {
        return consumer.isRunning() && consumer.lag() == 0;
    }

    /** True when a pass of the renderer that began after {@code nanos} (System.nanoTime) found every row current. */
    public boolean renderedSince(long nanos) {
        return renderer.cleanPassStartedNanos() > nanos;
    }

    @Override
    public void close() {
        if (replay != null) replay.close();
        renderer.close();
        consumer.close();
        onClose.run();
    }
}
