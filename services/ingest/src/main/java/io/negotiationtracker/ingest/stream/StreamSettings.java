package io.negotiationtracker.ingest.stream;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Limits of the event subscription (tracker.stream.*).
 *
 * @param pageSize                events read per page while catching up
 * @param slowCutoff              a subscriber that takes nothing for this long is cut off with its resume point
 * @param heartbeat               a comment line is sent when nothing else was, so proxies keep the connection
 * @param maxSubscribers          subscriptions served at once by this instance; more are refused (429, Retry-After)
 * @param maxSubscribersPerClient subscriptions served at once to one client address; more are refused (429, Retry-After)
 */
@ConfigurationProperties("tracker.stream")
public record StreamSettings(
        @Bindable(defaultValue = "500") int pageSize,
        @Bindable(defaultValue = "10s") Duration slowCutoff,
        @Bindable(defaultValue = "15s") Duration heartbeat,
        @Bindable(defaultValue = "100") int maxSubscribers,
        @Bindable(defaultValue = "8") int maxSubscribersPerClient) {}
