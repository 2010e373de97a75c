package io.negotiationtracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.negotiationtracker.platform.security.oidc.OidcRoles;
import io.negotiationtracker.platform.security.oidc.ProviderKeys;
import io.negotiationtracker.testsupport.oidc.TestIdentityProvider;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The provider's keys over real HTTP, with a clock the test moves: a key rotation is seen after at most a minute. */
class ProviderKeysTest {
    @Test
    void anUnknownKeyIdFetchesTheKeysAgainOnlyAfterTheMinimumInterval() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
        try (TestIdentityProvider provider = new TestIdentityProvider()) {
            ProviderKeys keys = new ProviderKeys(
                    URI.create(provider.jwksUrl()), Duration.ofMinutes(1), Duration.ofSeconds(5), now::get);
            assertThat(keys.candidates("key-1")).extracting(JWK::getKeyID).containsExactly("key-1");
            assertThat(provider.jwksRequests()).isEqualTo(1);

            RSAKey rotated = TestIdentityProvider.unpublishedKey("key-2");
            provider.rotateIn(rotated);
            for (int second : new int[] {1, 30, 59}) {
                now.set(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second));
                assertThat(keys.wouldFetch("key-2")).isFalse();
                assertThat(keys.candidates("key-2")).isEmpty();
            }
            assertThat(provider.jwksRequests()).isEqualTo(1);

            now.set(Instant.parse("2026-01-01T00:01:00Z"));
            assertThat(keys.wouldFetch("key-2")).isTrue();
            assertThat(keys.candidates("key-2")).extracting(JWK::getKeyID).containsExactly("key-2");
            assertThat(keys.candidates("key-1")).hasSize(1);
            assertThat(keys.candidates("key-3")).isEmpty();
            assertThat(provider.jwksRequests()).isEqualTo(2);
            assertThat(keys.fetches()).isEqualTo(2);
        }
    }

    @Test
    void rolesComeFromAClaimPathOrASpaceSeparatedString() {
        Map<String, Object> nested = Map.of("realm_access", Map.of("roles", List.of("editors", "other")));
        assertThat(OidcRoles.of(nested, "realm_access.roles", List.of("editors"), List.of("editors", "readers")))
                .containsExactly("writer", "reader");
        assertThat(OidcRoles.of(Map.of("scope", "openid tracker.read"), "scope", List.of(), List.of("tracker.read")))
                .containsExactly("reader");
        assertThat(OidcRoles.of(Map.of("groups", List.of("x")), "groups", List.of("writer"), List.of("reader")))
                .isEmpty();
        assertThat(OidcRoles.of(Map.of(), "realm_access.roles", List.of("writer"), List.of("reader")))
                .isEmpty();
    }
}
