package io.negotiationtracker.ingest.api;

import io.negotiationtracker.ingest.append.AppendResult;
import io.negotiationtracker.ingest.append.AppendedEvent;
import java.util.List;

/** What a writer gets back: the stream version, each event's version and position, and the last position (for read-your-writes). */
public record AppendResponse(String negotiationId, long streamVersion, long lastPosition, List<AppendedEvent> events) {
    static AppendResponse of(AppendResult r) {
        return new AppendResponse(r.negotiationId(), r.streamVersion(), r.lastPosition(), r.events());
    }
}
