package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.NegotiationState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folded negotiation states kept between appends, at most {@code capacity} of them: the least recently used is
 * evicted (and folded afresh from the store when next needed), so memory does not grow with the number of negotiations.
 */
final class FoldCache {
    private final LinkedHashMap<String, NegotiationState> states;

    FoldCache(int capacity) {
        if (capacity < 1)
            throw new IllegalArgumentException("tracker.ingest.fold-cache-size must be at least 1, not " + capacity);
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NegotiationState> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized NegotiationState get(String negotiationId) {
        return states.get(negotiationId);
    }

    synchronized void putAll(Map<String, NegotiationState> folded) {
        states.putAll(folded);
    }

    synchronized int size() {
        return states.size();
    }
}
