package io.negotiationtracker.projection.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folded states kept between batches (least recently used evicted), so a negotiation's next events evolve its state
 * instead of re-folding all its events. Used by one consumer thread only. A batch stages its folds; they become visible
 * only when its transaction committed, so a rolled-back batch leaves nothing behind.
 */
public final class FoldCache {
    private final Map<String, Folded> committed;
    private final Map<String, Folded> staged = new HashMap<>();
    private final Map<String, Boolean> dropped = new HashMap<>();

    public FoldCache(int capacity) {
        this.committed = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Folded> eldest) {
                return size() > capacity;
            }
        };
    }

    public Folded get(String negotiationId) {
        return committed.get(negotiationId);
    }

    public void stage(String negotiationId, Folded folded) {
        staged.put(negotiationId, folded);
    }

    /** The negotiation advanced without being folded (rendering deferred): its cached state must not be extended. */
    public void stageDrop(String negotiationId) {
        dropped.put(negotiationId, Boolean.TRUE);
    }

    public void commit() {
        dropped.keySet().forEach(committed::remove);
        committed.putAll(staged);
        discard();
    }

    public void discard() {
        staged.clear();
        dropped.clear();
    }

    public int size() {
        return committed.size();
    }
}
