package io.negotiationtracker.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What an HS256 secret must be: at least 32 bytes (the hash's size) and none of the example values published in this
 * project's files and docs (anyone could sign tokens with those).
 */
public final class JwtSecretRules {
    public static final int MIN_BYTES = 32;
    /** Values that appeared as examples or fallbacks; a service refuses to start with any of them. */
    public static final Set<String> EXAMPLE_SECRETS = Set.of(
            "change-me-to-a-secret-of-at-least-32-characters",
            "changeme-changeme-changeme-changeme",
            "please-change-this-secret-to-something-random",
            "0123456789abcdef0123456789abcdef",
            "00000000000000000000000000000000");

    private static final String HOW = "set JWT_SECRET to a random value of at least " + MIN_BYTES
            + " bytes, the same for the three services (for example the output of: openssl rand -hex 32)";

    private JwtSecretRules() {}

    /** Throws, saying how to set JWT_SECRET, when the secret must not be used. */
    public static void check(String secret) {
        if (secret == null || secret.isBlank()) throw new IllegalStateException("no JWT secret is configured: " + HOW);
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES)
            throw new IllegalStateException("the JWT secret is " + bytes + " bytes long, too short: " + HOW);
        if (EXAMPLE_SECRETS.contains(secret.strip()))
            throw new IllegalStateException("the JWT secret is a published example value: " + HOW);
    }
}
