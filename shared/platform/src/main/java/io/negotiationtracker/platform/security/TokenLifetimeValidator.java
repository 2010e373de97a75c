package io.negotiationtracker.platform.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses (401) a token without {@code exp}, or one living longer than {@code tracker.security.max-token-lifetime}
 * (24h by default), in every service. Expired tokens are refused by Micronaut's own expiration validator.
 */
@Singleton
public class TokenLifetimeValidator<T> implements GenericJwtClaimsValidator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(TokenLifetimeValidator.class);

    private final Duration max;

    public TokenLifetimeValidator(SecuritySettings settings) {
        this.max = settings.maxTokenLifetime();
    }

    @Override
    public boolean validate(Claims claims, T request) {
        boolean ok = TokenLifetime.acceptable(
                instant(claims.get(Claims.EXPIRATION_TIME)),
                instant(claims.get(Claims.ISSUED_AT)),
                Clock.systemUTC().instant(),
                max);
        if (!ok) LOG.debug("token refused: no exp, or a lifetime over {}", max);
        return ok;
    }

    private static Instant instant(Object value) {
        if (value instanceof Date d) return d.toInstant();
        if (value instanceof Instant i) return i;
        if (value instanceof Number n) return Instant.ofEpochSecond(n.longValue());
        return null;
    }
}
