package io.negotiationtracker.ingest.stream;

import java.util.List;

/** What a subscriber follows: from which position, which negotiation (or all), which types (or all). */
public record StreamFilter(long after, String negotiationId, List<String> types) {}
