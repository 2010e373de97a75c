package io.negotiationtracker.platform.security.oidc;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Roles of a bearer token: for a token of the configured OIDC provider (its {@code iss}), the values of
 * {@code tracker.security.oidc.roles-claim} mapped to writer and reader; for every other accepted token (signed with
 * the shared secret) the {@code roles} claim as before.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
public class TrackerRolesFinder implements RolesFinder {
    private final DefaultRolesFinder plain;
    private final OidcSettings oidc;

    public TrackerRolesFinder(TokenConfiguration tokens, OidcSettings oidc) {
        this.plain = new DefaultRolesFinder(tokens);
        this.oidc = oidc;
    }

    @Override
    public List<String> resolveRoles(Map<String, Object> attributes) {
        if (oidc.enabled() && oidc.issuer() != null && oidc.issuer().equals(attributes.get("iss")))
            return OidcRoles.of(attributes, oidc.rolesClaim(), oidc.writerValues(), oidc.readerValues());
        return plain.resolveRoles(attributes);
    }
}
