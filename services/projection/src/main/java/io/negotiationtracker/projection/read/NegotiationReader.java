package io.negotiationtracker.projection.read;

import io.negotiationtracker.domain.Corrections;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.render.FoldCache;
import io.negotiationtracker.projection.render.FoldObserver;
import io.negotiationtracker.projection.render.Folded;
import io.negotiationtracker.projection.render.Folding;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
import io.negotiationtracker.projection.render.Recorded;
import io.negotiationtracker.projection.render.Rendering;
import io.negotiationtracker.projection.render.StatusRendering;
import io.negotiationtracker.projection.store.EventRows;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The one read path: a negotiation's stored events loaded (cut by a query time when asked), folded and rendered. The
 * consumer, the stale renderer and the API all come through here, so a view is made the same way whoever makes it.
 * Folding and rendering are pure ({@code render}); this class adds only the loading, inside the caller's transaction.
 */
@Singleton
public class NegotiationReader {
    private final EventRows events;
    private final StatusRendering rendering;

    public NegotiationReader(EventCodec codec) {
        this.events = new EventRows(codec);
        this.rendering = new StatusRendering(codec);
    }

    public StatusRendering rendering() {
        return rendering;
    }

    /**
     * The negotiation's events a query time sees, in world order: cut by what was known then, read through the
     * corrections known then, and only then cut by asOf. A retraction recorded after asOf's day still takes back an
     * event before it (the round never took place), while knownAt before the retraction still shows the event.
     */
    public List<EventEnvelope> events(Connection c, Generation g, String negotiationId, QueryTime time)
            throws SQLException {
        List<EventEnvelope> known = time.cut(events.read(c, g, negotiationId, null, time.recordedBy()));
        List<EventEnvelope> facts = Corrections.resolve(known);
        List<EventEnvelope> ordered = facts == known ? known : Folding.inWorldOrder(facts);
        if (time.asOf() == null) return ordered;
        return ordered.stream()
                .filter(e -> !e.occurredOn().earliest().isAfter(time.asOf()))
                .toList();
    }

    /** The events a query time sees as recorded (retracted ones and corrections included), with their amendments. */
    public Recorded recorded(Connection c, Generation g, String negotiationId, QueryTime time) throws SQLException {
        List<EventEnvelope> known = time.cut(events.read(c, g, negotiationId, null, time.recordedBy()));
        List<EventEnvelope> shown = time.asOf() == null
                ? known
                : known.stream()
                        .filter(e -> !e.occurredOn().earliest().isAfter(time.asOf()))
                        .toList();
        return new Recorded(shown, Corrections.amendments(known));
    }

    /** Every stored event folded and rendered for {@code day}: the rendering the negotiation's row should hold. */
    public Rendering render(Connection c, Generation g, String negotiationId, LocalDate day) throws SQLException {
        return rendering.render(Folding.all(negotiationId, events.read(c, g, negotiationId, null, null)), day);
    }

    /**
     * A negotiation with new events (just stored) folded: its cached fold extended when {@link Freshness#foldExtends}
     * allows, else folded in full, from the new events alone when the negotiation is new ({@code storedLast} null).
     */
    public Folded foldWithNew(
            Connection c,
            Generation g,
            String negotiationId,
            List<EventEnvelope> fresh,
            Long storedLast,
            FoldCache cache,
            FoldObserver observer)
            throws SQLException {
        List<EventEnvelope> sorted = Folding.inWorldOrder(fresh);
        Folded cached = cache.get(negotiationId);
        boolean correction = sorted.stream().anyMatch(Evolve::changesThePast);
        if (storedLast != null && !correction && Freshness.foldExtends(cached, storedLast, sorted.get(0))) {
            observer.extended();
            return Folding.extend(cached, sorted);
        }
        observer.foldedInFull();
        return Folding.all(negotiationId, storedLast == null ? sorted : events.read(c, g, negotiationId, null, null));
    }
}
