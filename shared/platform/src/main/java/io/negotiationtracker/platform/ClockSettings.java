package io.negotiationtracker.platform;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code tracker.clock.*}: {@code at} (a date such as 2025-06-17, or an instant) moves "now" there; with {@code mode}
 * offset (the default) time then runs on from it, with fixed it stands still. Unset: the system clock.
 */
@ConfigurationProperties("tracker.clock")
public record ClockSettings(
        @Nullable String at,
        @Bindable(defaultValue = "offset") String mode) {}
