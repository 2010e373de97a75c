package io.negotiationtracker.platform.kafka;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits until every record of a flushed batch is acknowledged; any failure fails the batch (the relay then retries it). */
public final class Sends {
    private Sends() {}

    public static void awaitAll(List<? extends Future<?>> sends, String what) {
        for (Future<?> f : sends) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing " + what, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("publishing " + what + " failed: " + e.getMessage(), e);
            }
        }
    }
}
