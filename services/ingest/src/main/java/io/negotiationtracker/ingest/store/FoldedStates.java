package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded state of the streams the writer appends to, so that {@code Decide} does not re-read a stream on every
 * append: states are kept between groups in a {@link FoldCache}, and one is used only while it is at the stream's
 * current version (an append by another instance, or a row written behind ingest's back, makes it stale); otherwise
 * the stream is folded afresh from the store. Writer thread only, apart from the cache.
 */
final class FoldedStates {
    private final EventTable table;
    private final EventCodec codec;
    private final FoldCache cache;

    FoldedStates(EventTable table, EventCodec codec, int capacity) {
        this.table = table;
        this.codec = codec;
        this.cache = new FoldCache(capacity);
    }

    /** Each stream's state at the given version, from the cache or folded from the store on {@code c}. */
    Map<String, NegotiationState> at(Connection c, Map<String, Long> versions) throws SQLException {
        Map<String, NegotiationState> states = new HashMap<>();
        for (var stream : versions.entrySet()) states.put(stream.getKey(), at(c, stream.getKey(), stream.getValue()));
        return states;
    }

    private NegotiationState at(Connection c, String negotiationId, long version) throws SQLException {
        NegotiationState cached = cache.get(negotiationId);
        if (cached != null && cached.version() == version) return cached;
        if (version == 0) return NegotiationState.initial(negotiationId);
        List<EventEnvelope> stream = new ArrayList<>();
        table.forEachEnvelope(c, negotiationId, json -> stream.add(codec.readEnvelope(json)));
        return Evolve.fold(negotiationId, stream); // through its corrections
    }

    /** Keeps states the writer has committed: only after the commit, so the cache never holds what was not stored. */
    void remember(Map<String, NegotiationState> committed) {
        cache.putAll(committed);
    }
}
