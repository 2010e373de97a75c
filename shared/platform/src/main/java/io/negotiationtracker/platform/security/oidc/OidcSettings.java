package io.negotiationtracker.platform.security.oidc;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code tracker.security.oidc.*}: an OpenID Connect provider whose tokens the services accept besides those signed
 * with the shared secret. Off unless {@code jwks-url} is set; then {@code issuer} and {@code audience} are required.
 *
 * @param jwksUrl the provider's JSON Web Key Set (its {@code jwks_uri})
 * @param issuer the exact {@code iss} its tokens carry
 * @param audience a value the token's {@code aud} must contain (this tracker's client or API id at the provider)
 * @param rolesClaim where the provider puts roles or groups: a claim name, or a dotted path into nested claims
 *     ({@code realm_access.roles}); a list, or one string of values separated by spaces or commas
 * @param writerValues values of that claim that give the {@code writer} role
 * @param readerValues values of that claim that give the {@code reader} role
 * @param minRefreshInterval a token naming an unknown key fetches the provider's keys again at most this often
 * @param fetchTimeout the longest wait for the key set
 */
@ConfigurationProperties("tracker.security.oidc")
public record OidcSettings(
        @Nullable URI jwksUrl,
        @Nullable String issuer,
        @Nullable String audience,
        @Bindable(defaultValue = "roles") String rolesClaim,
        @Bindable(defaultValue = "writer") List<String> writerValues,
        @Bindable(defaultValue = "reader") List<String> readerValues,
        @Bindable(defaultValue = "1m") Duration minRefreshInterval,
        @Bindable(defaultValue = "5s") Duration fetchTimeout) {

    public boolean enabled() {
        return jwksUrl != null;
    }

    /** Throws, naming the setting, when a provider is configured without its issuer or audience. */
    public void check() {
        if (!enabled()) return;
        if (issuer == null || issuer.isBlank())
            throw new IllegalStateException(
                    "tracker.security.oidc.jwks-url is set but tracker.security.oidc.issuer (TRACKER_SECURITY_OIDC_ISSUER) is not");
        if (audience == null || audience.isBlank())
            throw new IllegalStateException(
                    "tracker.security.oidc.jwks-url is set but tracker.security.oidc.audience (TRACKER_SECURITY_OIDC_AUDIENCE) is not");
    }
}
