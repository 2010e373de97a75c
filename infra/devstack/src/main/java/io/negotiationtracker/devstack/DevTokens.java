package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.JwtTokens;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/** The local stack's JWT secret, and bearer tokens signed with it. */
public record DevTokens(String secret) {
    public static DevTokens random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new DevTokens(HexFormat.of().formatHex(bytes));
    }

    public String token(String subject, List<String> roles, Duration validity) {
        return JwtTokens.sign(secret, subject, roles, validity);
    }

    /** Valid 12 hours: the services refuse tokens that live longer than tracker.security.max-token-lifetime (24h). */
    public String writerToken() {
        return token("dev-writer", List.of("writer", "reader"), Duration.ofHours(12));
    }
}
