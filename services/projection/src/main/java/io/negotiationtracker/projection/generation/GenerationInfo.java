package io.negotiationtracker.projection.generation;

import java.time.Instant;

/** A generation as recorded in projection.generations. */
public record GenerationInfo(int generation, String state, Instant startedAt, Instant caughtUpAt, Instant switchedAt, long appliedPosition) {}
