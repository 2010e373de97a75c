package io.negotiationtracker.projection.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One line of the negotiation list. */
public record NegotiationSummary(String negotiationId, String title, long version, long lastPosition, Instant updatedAt,
                                 int roundsHeld, int openIssues, JsonNode nextDeadline) {}
