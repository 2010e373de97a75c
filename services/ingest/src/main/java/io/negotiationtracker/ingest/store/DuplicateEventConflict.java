package io.negotiationtracker.ingest.store;

import java.util.UUID;

/** An eventId that is already stored with different content: the idempotency key was reused. Nothing was stored. */
public class DuplicateEventConflict extends RuntimeException {
    private final UUID eventId;
    private final int index;

    public DuplicateEventConflict(UUID eventId, int index) {
        super("eventId " + eventId + " is already stored with different content");
        this.eventId = eventId;
        this.index = index;
    }

    public UUID eventId() {
        return eventId;
    }

    public int index() {
        return index;
    }
}
