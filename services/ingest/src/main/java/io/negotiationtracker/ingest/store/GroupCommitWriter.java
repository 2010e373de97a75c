package io.negotiationtracker.ingest.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the event store: takes the appends waiting (up to {@link #MAX_GROUP}) and hands them to the
 * store as one group, one transaction. Requests wait in a bounded queue; a full queue refuses at once (503-worthy)
 * rather than letting latency grow without bound.
 */
final class GroupCommitWriter implements AutoCloseable {
    static final int MAX_GROUP = 64;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private record Request(EventStore.Pending pending, CompletableFuture<AppendResult> answer) {}

    private final BlockingQueue<Request> queue = new ArrayBlockingQueue<>(4096);
    private final Function<List<EventStore.Pending>, List<Object>> appendGroup;
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(Function<List<EventStore.Pending>, List<Object>> appendGroup) {
        this.appendGroup = appendGroup;
        this.thread = new Thread(this::run, "event-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    AppendResult submit(EventStore.Pending pending) {
        Request request = new Request(pending, new CompletableFuture<>());
        if (!running || !queue.offer(request)) throw new StoreBusy("the event store is busy: " + queue.size() + " appends are waiting; retry");
        if (!running) failWaiting();
        try {
            return request.answer().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void run() {
        List<Request> carried = new ArrayList<>();
        while (running) {
            List<Request> group = new ArrayList<>(carried);
            carried.clear();
            try {
                if (group.isEmpty()) {
                    Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) continue;
                    group.add(first);
                }
                queue.drainTo(group, MAX_GROUP - group.size());
                List<Object> results = appendGroup.apply(group.stream().map(Request::pending).toList());
                for (int i = 0; i < group.size(); i++) {
                    Object r = results.get(i);
                    if (r == EventStore.NEXT_GROUP) carried.add(group.get(i));
                    else if (r instanceof AppendResult result) group.get(i).answer().complete(result);
                    else group.get(i).answer().completeExceptionally((Throwable) r);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                if (group.size() > 1) LOG.warn("a group of {} appends failed as a whole: {}", group.size(), e.toString());
                group.forEach(r -> r.answer().completeExceptionally(e));
            }
        }
        StoreBusy stopping = new StoreBusy("the event store is shutting down; retry");
        carried.forEach(r -> r.answer().completeExceptionally(stopping));
        failWaiting();
    }

    private void failWaiting() {
        StoreBusy stopping = new StoreBusy("the event store is shutting down; retry");
        for (Request r; (r = queue.poll()) != null; ) r.answer().completeExceptionally(stopping);
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
        failWaiting();
    }
}
