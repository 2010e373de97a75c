package io.negotiationtracker.ingest.relay;

import java.util.List;

/**
 * While the relay is stopped on an event, a batch must not mix it with others: the events before it are published in
 * batches of their own (a transaction that includes the stuck event never commits), and then the stuck event is
 * retried alone. Nothing after it is ever read into a batch until it is published.
 */
final class StallBoundary {
    private StallBoundary() {}

    static List<StoredRow> cut(List<StoredRow> batch, RelayStall stall) {
        if (stall == null || batch.isEmpty()) return batch;
        int stuck = -1;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).position() == stall.position()) {
                stuck = i;
                break;
            }
        }
        if (stuck < 0) return batch;
        return stuck == 0 ? batch.subList(0, 1) : batch.subList(0, stuck);
    }
}
