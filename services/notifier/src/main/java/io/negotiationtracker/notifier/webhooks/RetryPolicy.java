package io.negotiationtracker.notifier.webhooks;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff with jitter: after failed attempt n (from 1) the next one waits initial * 2^(n-1), capped at max,
 * then scaled by a random factor in [0.5, 1.0) so receivers that failed together are not retried together. After
 * maxAttempts failed attempts there is no next one: the delivery is dead.
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {
    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("tracker.webhooks.max-attempts must be at least 1");
        if (initial.isNegative() || max.compareTo(initial) < 0)
            throw new IllegalArgumentException("webhook retry delays must satisfy 0 <= initial <= max");
    }

    /** The wait before the next attempt, given how many attempts failed so far and a random number in [0, 1). */
    public Optional<Duration> nextDelay(int failedAttempts, double random) {
        if (failedAttempts >= maxAttempts) return Optional.empty();
        long base = initial.toMillis() << Math.min(failedAttempts - 1, 30);
        long capped = Math.min(base < 0 ? Long.MAX_VALUE : base, max.toMillis());
        return Optional.of(Duration.ofMillis((long) (capped * (0.5 + random / 2))));
    }
}
