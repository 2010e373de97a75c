package io.negotiationtracker.projection.consume;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folded states kept between batches (least recently used evicted), so a negotiation's next events evolve its state
 * instead of re-folding all its events. Used by one consumer thread only. A batch stages its folds; they become visible
 * only when its transaction committed, so a rolled-back batch leaves nothing behind.
 */
final class FoldCache {
    /** A state, the position it includes up to, and the world-order key (first possible day, version) of the last event it folded. */
    record Folded(NegotiationState state, long lastPosition, LocalDate lastDay, long lastVersion) {
        boolean precedes(EventEnvelope e) {
            int c = lastDay.compareTo(e.occurredOn().earliest());
            return c < 0 || (c == 0 && lastVersion < e.version());
        }
    }

    private final Map<String, Folded> committed;
    private final Map<String, Folded> staged = new HashMap<>();
    private final Map<String, Boolean> dropped = new HashMap<>();

    FoldCache(int capacity) {
        this.committed = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Folded> eldest) {
                return size() > capacity;
            }
        };
    }

    Folded get(String negotiationId) {
        return committed.get(negotiationId);
    }

    void stage(String negotiationId, Folded folded) {
        staged.put(negotiationId, folded);
    }

    void stageDrop(String negotiationId) {
        dropped.put(negotiationId, Boolean.TRUE);
    }

    void commit() {
        dropped.keySet().forEach(committed::remove);
        committed.putAll(staged);
        discard();
    }

    void discard() {
        staged.clear();
        dropped.clear();
    }

    int size() {
        return committed.size();
    }
}
