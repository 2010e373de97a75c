package io.negotiationtracker.ingest.store;

/** A stored event as readers get it: its global position, its type and its envelope JSON. */
public record StoredEvent(long position, String type, String envelope) {}
