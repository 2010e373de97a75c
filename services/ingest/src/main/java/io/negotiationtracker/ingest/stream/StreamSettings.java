package io.negotiationtracker.ingest.stream;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Limits of the event subscription (tracker.stream.*). */
@ConfigurationProperties("tracker.stream")
public class StreamSettings {
    /** Events read per page while catching up. */
    private int pageSize = 500;
    /** A subscriber that takes nothing for this long is cut off with its resume point. */
    private Duration slowCutoff = Duration.ofSeconds(10);
    /** A comment line is sent when nothing else was, so proxies keep the connection. */
    private Duration heartbeat = Duration.ofSeconds(15);
    /** Subscriptions served at once by this instance; more are refused (429, Retry-After). */
    private int maxSubscribers = 100;
    /** Subscriptions served at once to one client address; more are refused (429, Retry-After). */
    private int maxSubscribersPerClient = 8;

    public int getMaxSubscribers() {
        return maxSubscribers;
    }

    public void setMaxSubscribers(int maxSubscribers) {
        this.maxSubscribers = maxSubscribers;
    }

    public int getMaxSubscribersPerClient() {
        return maxSubscribersPerClient;
    }

    public void setMaxSubscribersPerClient(int maxSubscribersPerClient) {
        this.maxSubscribersPerClient = maxSubscribersPerClient;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public Duration getSlowCutoff() {
        return slowCutoff;
    }

    public void setSlowCutoff(Duration slowCutoff) {
        this.slowCutoff = slowCutoff;
    }

    public Duration getHeartbeat() {
        return heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }
}
