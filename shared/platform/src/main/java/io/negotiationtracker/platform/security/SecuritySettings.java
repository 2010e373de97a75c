package io.negotiationtracker.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code tracker.security.*} as the platform reads it: the longest lifetime a bearer token may claim. */
@ConfigurationProperties("tracker.security")
public record SecuritySettings(
        @Bindable(defaultValue = "24h") Duration maxTokenLifetime) {}
