package io.negotiationtracker.testsupport;

import java.time.Duration;
import java.util.List;

/** The tests' name for {@link io.negotiationtracker.tokens.JwtTokens} (shared/tokens, also used by bin/run and nt). */
public final class JwtTokens {
    private JwtTokens() {}

    /** A token for {@code subject} with {@code roles}, issued now (iat) and expiring after {@code validity} (exp). */
    public static String sign(String secret, String subject, List<String> roles, Duration validity) {
        return io.negotiationtracker.tokens.JwtTokens.sign(secret, subject, roles, validity);
    }

    /** A token with exactly the claims given (JSON), to test what the services refuse (no exp, too long a lifetime...). */
    public static String signClaims(String secret, String claimsJson) {
        return io.negotiationtracker.tokens.JwtTokens.signClaims(secret, claimsJson);
    }
}
