package io.negotiationtracker.ingest.store;

import io.negotiationtracker.platform.BackgroundLoop;
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
    private final BackgroundLoop loop;

    GroupCommitWriter(Function<List<EventStore.Pending>, List<Object>> appendGroup) {
        this.appendGroup = appendGroup;
        this.loop = BackgroundLoop.start("event-store-writer", this::run);
    }

    AppendResult submit(EventStore.Pending pending) {
        Request request = new Request(pending, new CompletableFuture<>());
        if (!loop.running() || !queue.offer(request)) throw new StoreBusy("the event store is busy: " + queue.size() + " appends are waiting; retry");
        if (!loop.running()) failWaiting();
        try {
            return request.answer().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void run(BackgroundLoop loop) {
        List<Request> carried = new ArrayList<>();
        List<Request> group = new ArrayList<>();
        try {
            while (loop.running()) {
                group = new ArrayList<>(carried);
                carried.clear();
                if (group.isEmpty()) {
                    Request first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) continue;
                    group.add(first);
                }
                queue.drainTo(group, MAX_GROUP - group.size());
                try {
                    List<Object> results = appendGroup.apply(group.stream().map(Request::pending).toList());
                    for (int i = 0; i < group.size(); i++) {
                        Object r = results.get(i);
                        if (r == EventStore.NEXT_GROUP) carried.add(group.get(i));
                        else if (r instanceof AppendResult result) group.get(i).answer().complete(result);
                        else group.get(i).answer().completeExceptionally((Throwable) r);
                    }
                } catch (RuntimeException | Error e) {
                    if (group.size() > 1) LOG.warn("a group of {} appends failed as a whole: {}", group.size(), e.toString());
                    group.forEach(r -> r.answer().completeExceptionally(e));
                }
                group = List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            StoreBusy stopping = new StoreBusy("the event store is shutting down; retry");
            group.forEach(r -> r.answer().completeExceptionally(stopping));
            carried.forEach(r -> r.answer().completeExceptionally(stopping));
            failWaiting();
        }
    }

    private void failWaiting() {
        StoreBusy stopping = new StoreBusy("the event store is shutting down; retry");
        for (Request r; (r = queue.poll()) != null; ) r.answer().completeExceptionally(stopping);
    }

    @Override
    public void close() {
        loop.close();
        failWaiting();
    }
}
