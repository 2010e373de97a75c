package io.negotiationtracker.platform.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code tracker.http.*}: the {@code Retry-After} every 503 and 429 gives, in seconds. */
@ConfigurationProperties("tracker.http")
public record HttpSettings(@Bindable(defaultValue = "5") int retryAfterSeconds) {}
