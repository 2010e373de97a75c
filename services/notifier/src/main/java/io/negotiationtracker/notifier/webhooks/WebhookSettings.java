package io.negotiationtracker.notifier.webhooks;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The tracker.webhooks.* settings. */
@Singleton
public class WebhookSettings {
    private final Set<String> allowedHosts;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final int concurrency;
    private final AddressGuard guard;

    public WebhookSettings(@Value("${tracker.webhooks.allowed-hosts:*}") String allowedHosts,
                           @Value("${tracker.webhooks.allow-private:}") String allowPrivate,
                           @Value("${tracker.webhooks.max-attempts:8}") int maxAttempts,
                           @Value("${tracker.webhooks.initial-backoff:1s}") Duration initialBackoff,
                           @Value("${tracker.webhooks.max-backoff:10m}") Duration maxBackoff,
                           @Value("${tracker.webhooks.timeout:5s}") Duration timeout,
                           @Value("${tracker.webhooks.concurrency:8}") int concurrency) {
        this.allowedHosts = Arrays.stream(allowedHosts.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.retry = new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
        this.timeout = timeout;
        this.concurrency = Math.max(1, concurrency);
        try {
            this.guard = AddressGuard.parse(allowPrivate);
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
