package io.negotiationtracker.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.limits.JsonShape;
import io.negotiationtracker.platform.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads one event of a request and refuses, before anything is stored, what the system could not carry: a list longer
 * than tracker.ingest.max-list-entries, an envelope larger than tracker.ingest.max-event-bytes (413, naming the field).
 */
final class EventDoor {
    private final EventCodec codec;
    private final IngestLimits limits;

    EventDoor(EventCodec codec, IngestLimits limits) {
        this.codec = codec;
        this.limits = limits;
    }

    /** @param prefix the event's place in a batch ("[3]"), or "" for a single event */
    ProposedEvent admit(String negotiationId, JsonNode node, String prefix, Instant now) {
        JsonShape.firstListLongerThan(node, limits.getMaxListEntries()).ifPresent(path -> {
            throw tooLarge(prefix, path, path + " has more than " + limits.getMaxListEntries()
                    + " entries (tracker.ingest.max-list-entries); split the information over several events");
        });
        ProposedEvent event = codec.readProposed(node, UUID::randomUUID);
        // the envelope as the store will keep it and the relay publish it (version and position take a few more digits)
        int bytes = codec.write(event.stored(negotiationId, Long.MAX_VALUE, Long.MAX_VALUE, now)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.getMaxEventBytes()) {
            String path = JsonShape.largestPart(node);
            throw tooLarge(prefix, path, "the event takes " + bytes + " bytes stored, more than " + limits.getMaxEventBytes()
                    + " (tracker.ingest.max-event-bytes); its largest part is " + (prefix.isEmpty() ? path : prefix + "." + path));
        }
        return event;
    }

    private static ProblemException tooLarge(String prefix, String path, String detail) {
        String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, detail, field, null);
    }
}
