package io.negotiationtracker.notifier.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code tracker.email.*}: where alert emails go out (an SMTP server; STARTTLS whenever it offers it, required if
 * asked), as whom, and how failures are retried. No username: no authentication.
 */
@ConfigurationProperties("tracker.email")
public record EmailSettings(
        @Bindable(defaultValue = "127.0.0.1") String smtpHost,
        @Bindable(defaultValue = "25") int smtpPort,
        @Bindable(defaultValue = "false") boolean starttlsRequired,
        @Nullable String username,
        @Nullable String password,

        @Bindable(defaultValue = "alerts@negotiation-tracker.invalid")
        String from,

        @Bindable(defaultValue = "6") int maxAttempts,
        @Bindable(defaultValue = "5s") Duration initialBackoff,
        @Bindable(defaultValue = "30m") Duration maxBackoff,
        @Bindable(defaultValue = "10s") Duration timeout) {
    public EmailSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** The delay before attempt {@code attempt + 1}: initial * 2^(attempt-1), capped, times a factor in [0.5, 1) (the jitter). */
    public Duration backoff(int attempt, double jitter) {
        double base = initialBackoff.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        return Duration.ofMillis((long) (Math.min(base, maxBackoff.toMillis()) * (0.5 + jitter / 2)));
    }
}
