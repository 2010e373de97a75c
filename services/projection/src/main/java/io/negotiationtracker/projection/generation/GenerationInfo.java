package io.negotiationtracker.projection.generation;

import java.time.Instant;

/**
 * A generation as recorded in projection.generations: appliedPosition is the highest position applied, watermark the
 * highest at or below which every position is ({@link Watermarks}).
 */
public record GenerationInfo(
        int generation,
        String state,
        Instant startedAt,
        Instant caughtUpAt,
        Instant switchedAt,
        long appliedPosition,
        long watermark) {}
