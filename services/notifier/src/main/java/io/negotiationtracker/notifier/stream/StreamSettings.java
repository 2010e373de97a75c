package io.negotiationtracker.notifier.stream;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code tracker.stream.*}: a subscriber that asks for nothing this long while alerts wait is cut off; idle streams get
 * a heartbeat this often; at most this many streams are open at once.
 */
@ConfigurationProperties("tracker.stream")
public record StreamSettings(
        @Bindable(defaultValue = "30s") Duration slowSubscriberTimeout,
        @Bindable(defaultValue = "15s") Duration heartbeat,
        @Bindable(defaultValue = "200") int maxSubscribers) {}
