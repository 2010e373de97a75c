package io.negotiationtracker.ingest.append;

import java.util.List;

/** What a stored (or replayed) append answers: the stream version it produced, and each event's version and position. */
public record AppendResult(String negotiationId, long streamVersion, List<AppendedEvent> events) {
    public long lastPosition() {
        return events.stream().mapToLong(AppendedEvent::position).max().orElse(0);
    }
}
