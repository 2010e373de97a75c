package io.negotiationtracker.ingest.append;

/** An event the store already holds, as much of it as telling a retry from a reused eventId needs. */
public record KnownEvent(String negotiationId, long version, long position, String digest) {}
