package io.negotiationtracker.notifier.email;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Where alert emails go out (an SMTP server; STARTTLS whenever it offers it, required if asked) and how failures are retried. */
@Singleton
public record EmailSettings(@Value("${tracker.email.smtp-host:127.0.0.1}") String host,
                            @Value("${tracker.email.smtp-port:25}") int port,
                            @Value("${tracker.email.starttls-required:false}") boolean startTlsRequired,
                            @Value("${tracker.email.username:}") String username,
                            @Value("${tracker.email.password:}") String password,
                            @Value("${tracker.email.from:alerts@negotiation-tracker.invalid}") String from,
                            @Value("${tracker.email.max-attempts:6}") int maxAttempts,
                            @Value("${tracker.email.initial-backoff:5s}") Duration initialBackoff,
                            @Value("${tracker.email.max-backoff:30m}") Duration maxBackoff,
                            @Value("${tracker.email.timeout:10s}") Duration timeout) {

    /** The delay before attempt {@code attempt + 1}: initial * 2^(attempt-1), capped, times a factor in [0.5, 1) (the jitter). */
    public Duration backoff(int attempt, double jitter) {
        double base = initialBackoff.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        return Duration.ofMillis((long) (Math.min(base, maxBackoff.toMillis()) * (0.5 + jitter / 2)));
    }
}
