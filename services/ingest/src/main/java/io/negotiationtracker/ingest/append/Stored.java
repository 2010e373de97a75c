package io.negotiationtracker.ingest.append;

import io.negotiationtracker.domain.NegotiationState;
import java.util.Map;
import java.util.UUID;

/**
 * What the store holds that one group touches, read under the group's stream locks: the events already stored under
 * the group's eventIds, the version of each stream, and the folded state of each stream at that version. A state is
 * only needed for a stream that may get new events; asking for one that was not read is a bug of the caller.
 */
public record Stored(Map<UUID, KnownEvent> events, Map<String, Long> versions, Map<String, NegotiationState> states) {
    public Stored {
        events = Map.copyOf(events);
        versions = Map.copyOf(versions);
        states = Map.copyOf(states);
    }

    long version(String negotiationId) {
        Long version = versions.get(negotiationId);
        if (version == null)
            throw new IllegalStateException("the version of stream '" + negotiationId + "' was not read");
        return version;
    }

    NegotiationState state(String negotiationId) {
        NegotiationState state = states.get(negotiationId);
        if (state == null)
            throw new IllegalStateException("the state of stream '" + negotiationId + "' was not folded");
        return state;
    }
}
