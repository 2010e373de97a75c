package io.negotiationtracker.projection.progress;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Tells in-process listeners (live pages, streams) which negotiations' views changed in a committed batch. */
@Singleton
public class ViewChanges {
    private final List<BiConsumer<Set<String>, Long>> listeners = new CopyOnWriteArrayList<>();

    public Runnable subscribe(BiConsumer<Set<String>, Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called after commit with the negotiations changed and the highest position now applied. */
    public void committed(Set<String> negotiationIds, long position) {
        for (var l : listeners) {
            try {
                l.accept(negotiationIds, position);
            } catch (RuntimeException e) {
                // a failing listener must not stop the projection
            }
        }
    }
}
