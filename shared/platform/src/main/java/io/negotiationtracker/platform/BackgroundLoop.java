package io.negotiationtracker.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's background worker (relays, delivery): one daemon thread running a body until {@link #close()}; the body
 * asks {@link #running()} and waits with {@link #pause(long)}, which returns early when the loop is closed.
 */
public final class BackgroundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);

    @FunctionalInterface
    public interface Body {
        void run(BackgroundLoop loop) throws InterruptedException;
    }

    private final Thread thread;
    private volatile boolean running = true;

    private BackgroundLoop(String name, Body body) {
        this.thread = new Thread(() -> {
            try {
                body.run(this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("{} stopped on an unexpected error", name, e);
            }
        }, name);
        this.thread.setDaemon(true);
    }

    public static BackgroundLoop start(String name, Body body) {
        BackgroundLoop loop = new BackgroundLoop(name, body);
        loop.thread.start();
        return loop;
    }

    public boolean running() {
        return running;
    }

    /** Sleeps, unless the loop is closed meanwhile. */
    public void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
