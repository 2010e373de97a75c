package io.negotiationtracker.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** Micronaut's own {@code micronaut.security.token.jwt.signatures.secret.generator.secret}: the HS256 secret tokens are signed with. */
@ConfigurationProperties("micronaut.security.token.jwt.signatures.secret.generator")
public record JwtSecret(@Nullable String secret) {}
