package io.negotiationtracker.projection.render;

import java.time.LocalDate;

/**
 * What a row holds for one negotiation: its rendering (null until first rendered), the day it was rendered for, the
 * position it was rendered up to and the last position the row has recorded. {@link Freshness#isCurrent} tells whether
 * it still answers; the consumer may have recorded events without rendering them (status position behind).
 */
public record StoredRendering(
        String negotiationId,
        String status,
        String summary,
        LocalDate computedFor,
        long statusPosition,
        long lastPosition) {}
