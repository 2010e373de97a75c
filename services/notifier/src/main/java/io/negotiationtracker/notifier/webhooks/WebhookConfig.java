package io.negotiationtracker.notifier.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code tracker.webhooks.*} as written: the host names a webhook URL may name ("*": any), the non-public addresses an
 * operator allows (host names and address blocks), retries, the deadline of one attempt, and how many run at once.
 * {@link WebhookSettings} is what the code uses, parsed and checked once.
 */
@ConfigurationProperties("tracker.webhooks")
public record WebhookConfig(
        @Bindable(defaultValue = "*") String allowedHosts,
        @Nullable String allowPrivate,
        @Bindable(defaultValue = "8") int maxAttempts,
        @Bindable(defaultValue = "1s") Duration initialBackoff,
        @Bindable(defaultValue = "10m") Duration maxBackoff,
        @Bindable(defaultValue = "5s") Duration timeout,
        @Bindable(defaultValue = "8") int concurrency) {}
