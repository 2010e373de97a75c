package io.negotiationtracker.ingest.store;

import java.util.List;

public record AppendResult(String negotiationId, long streamVersion, List<AppendedEvent> events) {
    public long lastPosition() {
        return events.stream().mapToLong(AppendedEvent::position).max().orElse(0);
    }
}
