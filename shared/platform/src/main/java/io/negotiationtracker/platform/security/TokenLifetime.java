package io.negotiationtracker.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token must say when it expires, and may not live longer than the configured maximum: its lifetime is
 * exp - iat, or exp - now when it has no iat (so a token without iat cannot claim a far expiry either).
 */
public final class TokenLifetime {
    private TokenLifetime() {}

    public static boolean acceptable(Instant expiresAt, Instant issuedAt, Instant now, Duration max) {
        if (expiresAt == null) return false;
        Instant from = issuedAt == null ? now : issuedAt;
        return !Duration.between(from, expiresAt).minus(max).isPositive();
    }
}
