package io.negotiationtracker.projection.read;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.render.FoldCache;
import io.negotiationtracker.projection.render.FoldObserver;
import io.negotiationtracker.projection.render.Folded;
import io.negotiationtracker.projection.render.Folding;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
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

    /** The negotiation's events a query time sees, in world order. */
    public List<EventEnvelope> events(Connection c, Generation g, String negotiationId, QueryTime time) throws SQLException {
        return time.cut(events.read(c, g, negotiationId, time.asOf(), time.recordedBy()));
    }

    /** Every stored event folded and rendered for {@code day}: the rendering the negotiation's row should hold. */
    public Rendering render(Connection c, Generation g, String negotiationId, LocalDate day) throws SQLException {
        return rendering.render(Folding.all(negotiationId, events.read(c, g, negotiationId, null, null)), day);
    }

    /**
     * A negotiation with new events (just stored) folded: its cached fold extended when {@link Freshness#foldExtends}
     * allows, else folded in full, from the new events alone when the negotiation is new ({@code storedLast} null).
     */
    public Folded foldWithNew(Connection c, Generation g, String negotiationId, List<EventEnvelope> fresh, Long storedLast, FoldCache cache,
                              FoldObserver observer) throws SQLException {
        List<EventEnvelope> sorted = Folding.inWorldOrder(fresh);
        Folded cached = cache.get(negotiationId);
        if (storedLast != null && Freshness.foldExtends(cached, storedLast, sorted.get(0))) {
            observer.extended();
            return Folding.extend(cached, sorted);
        }
        observer.foldedInFull();
        return Folding.all(negotiationId, storedLast == null ? sorted : events.read(c, g, negotiationId, null, null));
    }
}
