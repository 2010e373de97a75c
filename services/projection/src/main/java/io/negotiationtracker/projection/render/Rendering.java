package io.negotiationtracker.projection.render;

import java.time.LocalDate;

/**
 * A negotiation's status and list summary rendered (as JSON) for {@code computedFor} from its events up to
 * {@code lastPosition}: what its row stores, so the hottest reads need neither a fold nor a render.
 */
public record Rendering(
        String negotiationId,
        String title,
        long version,
        long lastPosition,
        LocalDate computedFor,
        String status,
        String summary) {}
