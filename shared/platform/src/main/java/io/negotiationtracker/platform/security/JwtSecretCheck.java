package io.negotiationtracker.platform.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/** Runs {@link JwtSecretRules} when a service starts: a weak or example secret stops the start. */
@Context
@Requires(property = JwtSecretCheck.SECRET_PROPERTY)
public class JwtSecretCheck {
    static final String SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    public JwtSecretCheck(JwtSecret secret) {
        JwtSecretRules.check(secret.secret());
    }
}
