package io.negotiationtracker.projection.store;

import java.time.LocalDate;

/** A negotiation row with its status and summary rendered (as JSON) for {@code computedFor}, from events up to lastPosition. */
public record RenderedRow(String negotiationId, String title, long version, long lastPosition, LocalDate computedFor, String status,
                          String summary) {}
