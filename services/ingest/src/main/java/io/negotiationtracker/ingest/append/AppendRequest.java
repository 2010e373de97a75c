package io.negotiationtracker.ingest.append;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventJson;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * One append as the writer takes it: the events of one request to one negotiation, the content digest of each (computed
 * by the caller, off the writer's thread, to tell a retry from a reused eventId) and its JSON (serialised once, by the
 * door), the stream version the client expects if it said one, and the instant the events are recorded at.
 */
public record AppendRequest(
        String negotiationId,
        List<ProposedEvent> events,
        List<String> digests,
        List<EventJson> json,
        OptionalLong expected,
        Instant recordedAt) {
    public AppendRequest {
        events = List.copyOf(events);
        digests = List.copyOf(digests);
        json = List.copyOf(json);
        if (events.size() != digests.size())
            throw new IllegalArgumentException("one digest per event: " + digests.size() + " for " + events.size());
        if (events.size() != json.size())
            throw new IllegalArgumentException("one JSON per event: " + json.size() + " for " + events.size());
    }
}
