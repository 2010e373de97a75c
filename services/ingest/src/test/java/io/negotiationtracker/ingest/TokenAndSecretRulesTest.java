package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.platform.security.JwtSecretRules;
import io.negotiationtracker.platform.security.TokenLifetime;
import io.negotiationtracker.testsupport.JwtTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens must expire, within tracker.security.max-token-lifetime; secrets must be long and not a published example. */
class TokenAndSecretRulesTest {
    @Test
    void tokensWithoutExpiryOrLivingTooLongAreRefused() {
        try (IngestFixture ingest = IngestFixture.fresh("tokens").start()) {
            Api api = new Api(ingest.url());
            long now = Instant.now().getEpochSecond();
            String path = "/api/negotiations/tokens/events";
            String noExp = JwtTokens.signClaims(
                    IngestFixture.SECRET, "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + "}");
            String twoDays = JwtTokens.signClaims(
                    IngestFixture.SECRET,
                    "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + ",\"exp\":" + (now + 48 * 3600) + "}");
            String farWithoutIat = JwtTokens.signClaims(
                    IngestFixture.SECRET, "{\"sub\":\"w\",\"roles\":[\"writer\"],\"exp\":" + (now + 48 * 3600) + "}");
            String hour = JwtTokens.signClaims(
                    IngestFixture.SECRET,
                    "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
            assertThat(api.post(path, opened(UUID.randomUUID()), noExp).status())
                    .isEqualTo(401);
            assertThat(api.post(path, opened(UUID.randomUUID()), twoDays).status())
                    .isEqualTo(401);
            assertThat(api.post(path, opened(UUID.randomUUID()), farWithoutIat).status())
                    .isEqualTo(401);
            assertThat(api.post(path, opened(UUID.randomUUID()), hour).status()).isEqualTo(201);
        }
    }

    @Test
    void aShortOrExampleSecretStopsTheStartSayingHowToSetJwtSecret() {
        for (String secret : new String[] {"short-secret-20bytes", "change-me-to-a-secret-of-at-least-32-characters"}) {
            IngestFixture.Builder app = IngestFixture.fresh("secret")
                    .with("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
            assertThatThrownBy(() -> app.start())
                    .rootCause()
                    .hasMessageContaining("JWT_SECRET")
                    .hasMessageContaining("32");
        }
    }

    @Test
    void lifetimeIsExpMinusIatOrExpMinusNow() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Duration day = Duration.ofHours(24);
        assertThat(TokenLifetime.acceptable(null, now, now, day)).isFalse();
        assertThat(TokenLifetime.acceptable(now.plus(day), now, now, day)).isTrue();
        assertThat(TokenLifetime.acceptable(now.plus(day).plusSeconds(1), now, now, day))
                .isFalse();
        assertThat(TokenLifetime.acceptable(now.plus(day).plusSeconds(1), null, now, day))
                .isFalse();
        assertThat(TokenLifetime.acceptable(now.plusSeconds(60), null, now, day))
                .isTrue();
        assertThatThrownBy(() -> JwtSecretRules.check("x".repeat(31))).hasMessageContaining("31 bytes");
        JwtSecretRules.check(IngestFixture.SECRET);
    }
}
