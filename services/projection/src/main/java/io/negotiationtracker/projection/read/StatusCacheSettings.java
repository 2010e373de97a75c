package io.negotiationtracker.projection.read;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * tracker.status-cache.ttl (1 s): how long a status is served from memory at most. It bounds how late this instance
 * shows a change another instance's consumer applied (its own consumer drops what it changes at once).
 */
@ConfigurationProperties("tracker.status-cache")
public record StatusCacheSettings(
        @Bindable(defaultValue = "1s") Duration ttl) {}
