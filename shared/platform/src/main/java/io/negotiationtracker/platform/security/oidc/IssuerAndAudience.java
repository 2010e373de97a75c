package io.negotiationtracker.platform.security.oidc;

import java.util.List;

/** A provider's token is for this tracker when its {@code iss} is the provider's and its {@code aud} names us. */
public final class IssuerAndAudience {
    private IssuerAndAudience() {}

    public static boolean accepted(
            String issuer, List<String> audiences, String expectedIssuer, String expectedAudience) {
        return expectedIssuer.equals(issuer) && audiences != null && audiences.contains(expectedAudience);
    }
}
