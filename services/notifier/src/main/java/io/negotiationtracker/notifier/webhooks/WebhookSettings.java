package io.negotiationtracker.notifier.webhooks;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The tracker.webhooks.* settings ({@link WebhookConfig}), parsed and checked once, when the service starts. */
@Singleton
public class WebhookSettings {
    private final Set<String> allowedHosts;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final int concurrency;
    private final AddressGuard guard;

    public WebhookSettings(WebhookConfig config) {
        this.allowedHosts = Arrays.stream(config.allowedHosts().split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.retry = new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff());
        this.timeout = config.timeout();
        this.concurrency = Math.max(1, config.concurrency());
        try {
            this.guard = AddressGuard.parse(config.allowPrivate() == null ? "" : config.allowPrivate());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tracker.webhooks.allow-private: " + e.getMessage(), e);
        }
    }

    /** Which non-public addresses an operator allowed webhooks to reach (tracker.webhooks.allow-private: host names and address blocks). */
    public AddressGuard guard() {
        return guard;
    }

    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    public RetryPolicy retry() {
        return retry;
    }

    /** The total deadline of one delivery attempt: connect, TLS, request, response headers and body. */
    public Duration timeout() {
        return timeout;
    }

    public int concurrency() {
        return concurrency;
    }
}
