package io.negotiationtracker.projection.live;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Bounds of the live stream: heartbeat period, subscribers at once, negotiation ids merged per slow subscriber. */
@ConfigurationProperties("tracker.live")
public class LiveSettings {
    private int heartbeatSeconds = 15;
    private int maxSubscribers = 500;
    private int maxPendingIds = 1_000;

    public int getHeartbeatSeconds() {
        return heartbeatSeconds;
    }

    public void setHeartbeatSeconds(int heartbeatSeconds) {
        this.heartbeatSeconds = Math.max(1, heartbeatSeconds);
    }

    public int getMaxSubscribers() {
        return maxSubscribers;
    }

    public void setMaxSubscribers(int maxSubscribers) {
        this.maxSubscribers = Math.max(1, maxSubscribers);
    }

    public int getMaxPendingIds() {
        return maxPendingIds;
    }

    public void setMaxPendingIds(int maxPendingIds) {
        this.maxPendingIds = Math.max(1, maxPendingIds);
    }
}
