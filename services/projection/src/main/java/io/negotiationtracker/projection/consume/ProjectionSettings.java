package io.negotiationtracker.projection.consume;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How a generation's consumer works (tracker.projection.*).
 *
 * @param foldCacheSize folded states kept in memory between batches (negotiations, least recently used evicted)
 * @param renderLagLimit above this many records behind the topic, rendering is deferred to the stale renderer
 * @param maxPollRecords records polled per batch
 * @param maxAttempts tries of a failing batch, and then of the record isolated from it, before it is dead-lettered
 */
@ConfigurationProperties("tracker.projection")
public record ProjectionSettings(
        @Bindable(defaultValue = "2000") int foldCacheSize,
        @Bindable(defaultValue = "2000") long renderLagLimit,
        @Bindable(defaultValue = "2000") int maxPollRecords,
        @Bindable(defaultValue = "3") int maxAttempts) {}
