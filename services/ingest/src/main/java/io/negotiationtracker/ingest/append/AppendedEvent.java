package io.negotiationtracker.ingest.append;

import java.util.UUID;

/** What the store answers for each event of an append: its version and position, and whether it was already there. */
public record AppendedEvent(UUID eventId, long version, long position, boolean duplicate) {}
