package io.negotiationtracker.ingest.store;

import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendOutcome.Busy;
import io.negotiationtracker.ingest.append.AppendOutcome.RetryInNextGroup;
import io.negotiationtracker.ingest.append.AppendRequest;
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
 * The single writer of the event store: takes the appends waiting (up to {@link #MAX_GROUP}) and hands them to
 * {@code appendGroup} as one group, one transaction; an append answered {@link RetryInNextGroup} goes into the next
 * group. Requests wait in a bounded queue; a full queue answers {@link Busy} at once (503) rather than letting latency
 * grow without bound. A group that fails as a whole fails each of its appends with the same exception.
 */
final class GroupCommitWriter implements AutoCloseable {
    static final int MAX_GROUP = 64;
    static final int QUEUE_CAPACITY = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final Busy STOPPING = new Busy("the event store is shutting down; retry");

    private record Request(AppendRequest append, CompletableFuture<AppendOutcome.Final> answer) {}

    private final BlockingQueue<Request> queue;
    private final Function<List<AppendRequest>, List<AppendOutcome>> appendGroup;
    private final BackgroundLoop loop;

    GroupCommitWriter(Function<List<AppendRequest>, List<AppendOutcome>> appendGroup, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.appendGroup = appendGroup;
        this.loop = BackgroundLoop.start("event-store-writer", this::run);
    }

    AppendOutcome.Final submit(AppendRequest append) {
        Request request = new Request(append, new CompletableFuture<>());
        if (!loop.running() || !queue.offer(request))
            return new Busy("the event store is busy: " + queue.size() + " appends are waiting; retry");
        if (!loop.running()) answerWaiting();
        try {
            return request.answer().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Appends waiting for a group (for tests). */
    int waiting() {
        return queue.size();
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
                commit(group, carried);
                group = List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.forEach(r -> r.answer().complete(STOPPING));
            carried.forEach(r -> r.answer().complete(STOPPING));
            answerWaiting();
        }
    }

    private void commit(List<Request> group, List<Request> carried) {
        try {
            List<AppendOutcome> outcomes =
                    appendGroup.apply(group.stream().map(Request::append).toList());
            for (int i = 0; i < group.size(); i++) {
                switch (outcomes.get(i)) {
                    case RetryInNextGroup retry -> carried.add(group.get(i));
                    case AppendOutcome.Final answer -> group.get(i).answer().complete(answer);
                }
            }
        } catch (RuntimeException | Error e) {
            if (group.size() > 1) LOG.warn("a group of {} appends failed as a whole: {}", group.size(), e.toString());
            group.forEach(r -> r.answer().completeExceptionally(e));
        }
    }

    private void answerWaiting() {
        for (Request r; (r = queue.poll()) != null; ) r.answer().complete(STOPPING);
    }

    @Override
    public void close() {
        loop.close();
        answerWaiting();
    }
}
