package io.negotiationtracker.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import io.negotiationtracker.ingest.append.AdmittedEvent;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.limits.JsonShape;
import io.negotiationtracker.platform.http.ProblemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the events of a request (one event, or a JSON array of them) and refuses, before anything is stored, what the
 * system could not carry: more than tracker.max-batch events, a list longer than tracker.ingest.max-list-entries, an
 * envelope larger than tracker.ingest.max-event-bytes (413, naming the field). An invalid event is a 400 naming its
 * place in the batch.
 */
final class EventDoor {
    private final EventCodec codec;
    private final IngestLimits limits;
    private final int maxBatch;

    EventDoor(EventCodec codec, IngestLimits limits, int maxBatch) {
        this.codec = codec;
        this.limits = limits;
        this.maxBatch = maxBatch;
    }

    List<AdmittedEvent> admitAll(String negotiationId, String body, Clock clock) {
        if (body == null || body.isBlank())
            throw ProblemException.badRequest(null, "the body is empty: send one event or a JSON array of events");
        JsonNode node = codec.parse(body);
        if (!node.isArray()) return List.of(admit(negotiationId, node, "", clock));
        if (node.isEmpty()) throw ProblemException.badRequest(null, "the batch is empty");
        if (node.size() > maxBatch)
            throw new ProblemException(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "a batch holds at most " + maxBatch + " events, not " + node.size(),
                    null,
                    null);
        List<AdmittedEvent> events = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            try {
                events.add(admit(negotiationId, node.get(i), "[" + i + "]", clock));
            } catch (InvalidEventException e) {
                throw new InvalidEventException(
                        "[" + i + "]" + (e.field() == null || e.field().isEmpty() ? "" : "." + e.field()),
                        e.getMessage());
            }
        }
        return events;
    }

    /** @param prefix the event's place in a batch ("[3]"), or "" for a single event */
    private AdmittedEvent admit(String negotiationId, JsonNode node, String prefix, Clock clock) {
        JsonShape.firstListLongerThan(node, limits.getMaxListEntries()).ifPresent(path -> {
            throw tooLarge(
                    prefix,
                    path,
                    path + " has more than " + limits.getMaxListEntries()
                            + " entries (tracker.ingest.max-list-entries); split the information over several events");
        });
        ProposedEvent event = codec.readProposed(node, UUID::randomUUID);
        EventJson json = EventJson.of(codec, event); // serialised once: the store digests and stores this text
        // the envelope as the store will keep it and the relay publish it (version and position take a few more digits)
        int bytes = json.envelopeBytes(negotiationId, Long.MAX_VALUE, Long.MAX_VALUE, clock.instant());
        if (bytes > limits.getMaxEventBytes()) {
            String path = JsonShape.largestPart(node);
            throw tooLarge(
                    prefix,
                    path,
                    "the event takes " + bytes + " bytes stored, more than " + limits.getMaxEventBytes()
                            + " (tracker.ingest.max-event-bytes); its largest part is "
                            + (prefix.isEmpty() ? path : prefix + "." + path));
        }
        return new AdmittedEvent(event, json);
    }

    private static ProblemException tooLarge(String prefix, String path, String detail) {
        String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, detail, field, null);
    }
}
