package io.negotiationtracker.platform;

import io.negotiationtracker.platform.loops.LoopStatus;
import io.negotiationtracker.platform.loops.Loops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's background worker (relays, delivery, renderers): one daemon thread running a body until {@link #close()};
 * the body asks {@link #running()} and waits with {@link #pause(long)}, which returns early when the loop is closed.
 * <p>
 * The loop cannot die silently: a body that throws (or returns while the loop is open) is restarted after a backoff
 * (200 ms doubling to 30 s), and everything is reported to its {@link LoopStatus} (readiness and metrics): each call of
 * running() or pause() from the loop's thread is a beat; a body may also say {@link #succeeded()} and {@link #failed}.
 * Only a {@link VirtualMachineError} stops the loop (reported as stopped).
 */
public final class BackgroundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);
    private static final long FIRST_BACKOFF_MS = 200;
    private static final long MAX_BACKOFF_MS = 30_000;

    @FunctionalInterface
    public interface Body {
        void run(BackgroundLoop loop) throws Exception;
    }

    private final String name;
    private final Body body;
    private final LoopStatus status;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Runnable onClose;

    private BackgroundLoop(String name, Body body) {
        this.name = name;
        this.body = body;
        this.status = Loops.register(name);
        this.thread = new Thread(this::superviseBody, name);
        this.thread.setDaemon(true);
    }

    public static BackgroundLoop start(String name, Body body) {
        BackgroundLoop loop = new BackgroundLoop(name, body);
        loop.thread.start();
        return loop;
    }

    private void superviseBody() {
        long backoff = FIRST_BACKOFF_MS;
        while (running) {
            long began = System.nanoTime();
            try {
                body.run(this);
                if (!running) return;
                status.crashed(new IllegalStateException("the body returned while the loop is open"));
                LOG.error("{}: the body returned while the loop is open; restarting in {} ms", name, backoff);
            } catch (InterruptedException e) {
                if (!running) return;
                Thread.interrupted();
                status.crashed(e);
                LOG.error("{} was interrupted while open; restarting in {} ms", name, backoff);
            } catch (VirtualMachineError e) {
                status.crashed(e);
                status.stopped();
                throw e;
            } catch (Throwable e) {
                if (!running) return;
                status.crashed(e);
                LOG.error("{} crashed; restarting in {} ms", name, backoff, e);
            }
            Thread.interrupted();
            if (System.nanoTime() - began > 60_000_000_000L) backoff = FIRST_BACKOFF_MS;
            pause(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }

    public String name() {
        return name;
    }

    /** True until closed; from the loop's own thread also a beat (the loop is alive). */
    public boolean running() {
        if (Thread.currentThread() == thread) status.beat();
        return running;
    }

    /** A step went well: a failure reported before it is over. */
    public void succeeded() {
        status.succeeded();
    }

    /** A step failed and the body will retry it: readiness shows the loop failing with this error until it succeeds. */
    public void failed(Throwable error) {
        status.failed(error);
    }

    /** The thread is alive (it restarts its body after errors) and the loop was not closed. */
    public boolean alive() {
        return running && thread.isAlive();
    }

    /** Sleeps, unless the loop is closed meanwhile. */
    public void pause(long millis) {
        if (Thread.currentThread() == thread) status.beat();
        long until = System.nanoTime() + millis * 1_000_000;
        synchronized (this) {
            try {
                for (long left = millis; running && left > 0; left = (until - System.nanoTime()) / 1_000_000)
                    wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (Thread.currentThread() == thread) status.beat();
    }

    /**
     * How close() wakes the body instead of interrupting its thread (e.g. KafkaConsumer::wakeup: an interrupted Kafka
     * client cannot leave its group cleanly); close() then waits up to 10 s for the body to return.
     */
    public void onClose(Runnable wake) {
        this.onClose = wake;
    }

    @Override
    public void close() {
        running = false;
        Loops.remove(status);
        synchronized (this) {
            notifyAll();
        }
        Runnable wake = onClose;
        if (wake != null) wake.run();
        else thread.interrupt();
        if (Thread.currentThread() == thread) return;
        try {
            thread.join(wake != null ? 10_000 : 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
