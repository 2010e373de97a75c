package io.negotiationtracker.domain;

/** What one party said it wants on one issue, at one time. */
public record Position(String party, String position, String summary, EventRef ref) {}
