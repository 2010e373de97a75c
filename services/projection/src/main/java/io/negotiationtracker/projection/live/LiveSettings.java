package io.negotiationtracker.projection.live;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Bounds of the live stream (tracker.live.*): heartbeat period, subscribers at once, negotiation ids merged per slow
 * subscriber, and streams one client address may hold. The first three are at least 1, so a typo cannot stop the feed.
 */
@ConfigurationProperties("tracker.live")
public record LiveSettings(
        @Bindable(defaultValue = "15") int heartbeatSeconds,
        @Bindable(defaultValue = "500") int maxSubscribers,
        @Bindable(defaultValue = "1000") int maxPendingIds,
        @Bindable(defaultValue = "8") int maxSubscribersPerClient) {
    public LiveSettings {
        heartbeatSeconds = Math.max(1, heartbeatSeconds);
        maxSubscribers = Math.max(1, maxSubscribers);
        maxPendingIds = Math.max(1, maxPendingIds);
    }
}
