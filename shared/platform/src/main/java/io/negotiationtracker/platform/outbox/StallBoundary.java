package io.negotiationtracker.platform.outbox;

import java.util.List;

/**
 * While the relay is stopped on a row, a batch must not mix it with others: the rows before it are published in
 * batches of their own (a transaction that includes the stuck row never commits), and then the stuck row is retried
 * alone. Nothing after it is ever read into a batch until it is published.
 */
final class StallBoundary {
    private StallBoundary() {}

    static <R extends OutboxRow> List<R> cut(List<R> batch, OutboxStall stall) {
        if (stall == null || batch.isEmpty()) return batch;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).position() == stall.position()) return i == 0 ? batch.subList(0, 1) : batch.subList(0, i);
        }
        return batch;
    }
}
