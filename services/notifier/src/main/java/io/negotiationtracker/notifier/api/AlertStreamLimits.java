package io.negotiationtracker.notifier.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code tracker.alert-stream.*}: alert streams one client address may hold open at once (more get 429). */
@ConfigurationProperties("tracker.alert-stream")
public record AlertStreamLimits(
        @Bindable(defaultValue = "8") int maxSubscribersPerClient) {}
