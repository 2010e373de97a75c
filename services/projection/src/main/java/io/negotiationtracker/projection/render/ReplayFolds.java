package io.negotiationtracker.projection.render;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.EventEnvelope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folds of a replay, kept in memory while the topic is read once: each negotiation's state is extended by its
 * events as they come, as long as they come in world order ({@link Folded#precedes}) and correct nothing. A negotiation
 * with an event that arrived late, or a correction, is left to be folded in full from its stored events once they are
 * all loaded ({@link #toFoldInFull}): the same two paths, and the same rule between them, as the consumer's
 * ({@link Freshness#foldExtends}). Pure; the caller skips positions it has seen.
 */
public final class ReplayFolds {
    private final Map<String, Folded> folds = new HashMap<>();
    private final Set<String> inFull = new LinkedHashSet<>();

    public void add(EventEnvelope e) {
        String id = e.negotiationId();
        if (inFull.contains(id)) return;
        Folded folded = folds.get(id);
        if (Evolve.changesThePast(e) || (folded != null && !folded.precedes(e))) {
            folds.remove(id);
            inFull.add(id);
            return;
        }
        folds.put(id, folded == null ? Folding.all(id, List.of(e)) : Folding.extend(folded, List.of(e)));
    }

    /** The negotiations folded while reading, with their states. */
    public Map<String, Folded> folded() {
        return folds;
    }

    /** The negotiations to fold in full from their stored events. */
    public Set<String> toFoldInFull() {
        return inFull;
    }
}
