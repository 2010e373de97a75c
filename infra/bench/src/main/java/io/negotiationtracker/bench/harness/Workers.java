package io.negotiationtracker.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop writers for the throughput scenarios: {@code workers} threads each take the next of {@code count} tasks
 * (batch numbers) until none is left. The ingest, peer and raw-insert scenarios all write this way, so their rates compare.
 */
public final class Workers {
    public interface Task {
        void run(int index) throws Exception;
    }

    private Workers() {}

    /** Runs every task and returns the seconds from the first start to the last end. */
    public static double run(int workers, int count, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                work.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < count; ) task.run(i);
                    return null;
                }));
            }
            for (Future<?> f : work) f.get();
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
