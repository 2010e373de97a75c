package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.testsupport.oidc.TestIdentityProvider.claims;
import static io.negotiationtracker.testsupport.oidc.TestIdentityProvider.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import io.negotiationtracker.testsupport.oidc.TestIdentityProvider;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens of an OpenID Connect provider (its keys served over HTTP by the test) are accepted besides the shared secret's:
 * roles come from the configured claim, mapped to writer and reader; a wrong issuer or audience, or a key the provider
 * does not publish, gets 401 problem+json; unknown key ids do not make the service fetch the keys more than once a minute.
 */
class OidcTokensTest {
    private static TestIdentityProvider provider;
    private static IngestFixture ingest;
    private static Api api;

    @BeforeAll
    static void start() {
        provider = new TestIdentityProvider();
        ingest = IngestFixture.fresh("oidc")
                .with("tracker.security.read-access", "isAuthenticated()")
                .with("tracker.security.oidc.jwks-url", provider.jwksUrl())
                .with("tracker.security.oidc.issuer", TestIdentityProvider.ISSUER)
                .with("tracker.security.oidc.audience", TestIdentityProvider.AUDIENCE)
                .with("tracker.security.oidc.roles-claim", "realm_access.roles")
                .with("tracker.security.oidc.writer-values", "tracker-editors")
                .with("tracker.security.oidc.reader-values", "tracker-readers,tracker-editors")
                .start();
        api = new Api(ingest.url());
    }

    @AfterAll
    static void stop() {
        ingest.close();
        provider.close();
    }

    private static String path() {
        return "/api/negotiations/oidc-" + UUID.randomUUID().toString().substring(0, 8) + "/events";
    }

    @Test
    void aProviderTokenWithTheWriterGroupAppendsAndReads() {
        String editor = sign(
                provider.currentKey(),
                claims("alice", List.of("tracker-editors")).build());
        String path = path();
        assertThat(api.post(path, opened(null), editor).status()).isEqualTo(201);
        assertThat(Http.getAs(editor, ingest.url() + path).status()).isEqualTo(200);
    }

    @Test
    void aProviderTokenWithoutTheWriterGroupMayReadButNotWrite() {
        String reader = sign(
                provider.currentKey(), claims("bob", List.of("tracker-readers")).build());
        String path = path();
        assertThat(api.post(path, opened(null), reader).status()).isEqualTo(403);
        assertThat(Http.getAs(reader, ingest.url() + "/api/events").status()).isEqualTo(200);
        assertThat(Http.get(ingest.url() + "/api/events").status()).isEqualTo(401);
    }

    @Test
    void theSharedSecretsTokensStillWork() {
        assertThat(api.post(path(), opened(null), IngestFixture.writerToken()).status())
                .isEqualTo(201);
    }

    @Test
    void aWrongIssuerOrAudienceGets401ProblemJson() {
        List<String> editors = List.of("tracker-editors");
        String otherIssuer = sign(
                provider.currentKey(),
                claims("eve", editors).issuer("https://other.test/").build());
        String otherAudience = sign(
                provider.currentKey(),
                claims("eve", editors).audience("another-app").build());
        for (String token : List.of(otherIssuer, otherAudience)) {
            Reply reply = api.post(path(), opened(null), token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void unknownKeyIdsGet401AndFetchTheKeysAtMostOnceAMinute() {
        String known = sign(
                provider.currentKey(),
                claims("alice", List.of("tracker-editors")).build());
        assertThat(api.post(path(), opened(null), known).status()).isEqualTo(201);
        int fetchesBefore = provider.jwksRequests();
        assertThat(fetchesBefore).isBetween(1, 2);

        RSAKey unknown = TestIdentityProvider.unpublishedKey("key-unknown-" + UUID.randomUUID());
        String forged =
                sign(unknown, claims("mallory", List.of("tracker-editors")).build());
        for (int i = 0; i < 10; i++) {
            Reply reply = api.post(path(), opened(null), forged);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        // The keys were fetched just now (first token): ten tokens naming an unknown key fetch nothing more.
        assertThat(provider.jwksRequests()).isEqualTo(fetchesBefore);
    }
}
