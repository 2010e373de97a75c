package io.negotiationtracker.projection.render;

import io.negotiationtracker.domain.Corrections;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Folding a negotiation's events in world order (first possible day, then version), in full or onto a state folded
 * before. Pure: the events come from the caller, so it is tested without a database.
 */
public final class Folding {
    /** The order events are folded in; the store reads them in the same order (occurred_from, version). */
    public static final Comparator<EventEnvelope> WORLD_ORDER = Comparator.comparing(
                    (EventEnvelope e) -> e.occurredOn().earliest())
            .thenComparingLong(EventEnvelope::version);

    private Folding() {}

    public static List<EventEnvelope> inWorldOrder(Collection<EventEnvelope> events) {
        List<EventEnvelope> sorted = new ArrayList<>(events);
        sorted.sort(WORLD_ORDER);
        return sorted;
    }

    /**
     * All of a negotiation's events, in world order, folded from the start through their corrections (a corrected
     * date can move an event in world order, so the facts are sorted again once resolved).
     */
    public static Folded all(String negotiationId, List<EventEnvelope> worldOrdered) {
        List<EventEnvelope> facts = Corrections.resolve(worldOrdered);
        NegotiationState state =
                Evolve.fold(negotiationId, facts == worldOrdered ? facts : inWorldOrder(facts), worldOrdered);
        if (worldOrdered.isEmpty()) return new Folded(state, 0, LocalDate.MIN, 0);
        EventEnvelope last = worldOrdered.get(worldOrdered.size() - 1);
        return new Folded(state, maxPosition(worldOrdered, 0), last.occurredOn().earliest(), last.version());
    }

    /**
     * {@code base} with events evolved onto it that come after it in world order (see {@link Freshness#foldExtends});
     * never with a correction, which changes what came before it.
     */
    public static Folded extend(Folded base, List<EventEnvelope> worldOrderedAfter) {
        if (worldOrderedAfter.isEmpty()) return base;
        NegotiationState state = base.state();
        for (EventEnvelope e : worldOrderedAfter) {
            if (Evolve.changesThePast(e))
                throw new IllegalArgumentException("a correction is folded with the whole stream");
            state = Evolve.evolve(state, e);
        }
        EventEnvelope last = worldOrderedAfter.get(worldOrderedAfter.size() - 1);
        return new Folded(
                state,
                maxPosition(worldOrderedAfter, base.lastPosition()),
                last.occurredOn().earliest(),
                last.version());
    }

    private static long maxPosition(List<EventEnvelope> events, long atLeast) {
        long max = atLeast;
        for (EventEnvelope e : events) max = Math.max(max, e.position());
        return max;
    }
}
