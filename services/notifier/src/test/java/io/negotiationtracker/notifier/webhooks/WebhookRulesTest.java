package io.negotiationtracker.notifier.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure webhook rules: backoff, signatures, allowed URLs. */
class WebhookRulesTest {
    @Test
    void backoffDoublesUpToTheCapWithJitterAndStopsAfterTheLastAttempt() {
        var policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(policy.nextDelay(1, 0.999).orElseThrow()).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(policy.nextDelay(1, 0.0).orElseThrow()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.nextDelay(3, 0.999).orElseThrow()).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
        assertThat(policy.nextDelay(4, 0.999).orElseThrow()).as("capped").isBetween(Duration.ofMillis(4990), Duration.ofSeconds(5));
        assertThat(policy.nextDelay(5, 0.5)).as("dead after 5 attempts").isEmpty();
    }

    @Test
    void aSignatureVerifiesOnlyForTheSameSecretBodyAndARecentTimestamp() {
        String header = WebhookSignature.header("s3cret-0123456789", 1_750_000_000L, "{\"a\":1}");
        assertThat(header).matches("t=1750000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":1}", 1_750_000_100L, 300)).isTrue();
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":2}", 1_750_000_100L, 300)).isFalse();
        assertThat(WebhookSignature.verify("other-0123456789", header, "{\"a\":1}", 1_750_000_100L, 300)).isFalse();
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":1}", 1_750_001_000L, 300)).as("replayed too late").isFalse();
    }

    @Test
    void onlyHttpUrlsOnAllowedHostsAreAccepted() {
        Set<String> loopback = Set.of("127.0.0.1", "localhost");
        assertThat(WebhookUrls.check("http://localhost:8080/hook", loopback).getPort()).isEqualTo(8080);
        assertThat(WebhookUrls.check("https://hooks.example.com/x", Set.of("*")).getHost()).isEqualTo("hooks.example.com");
        assertThatThrownBy(() -> WebhookUrls.check("http://10.0.0.5/hook", loopback)).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> WebhookUrls.check("file:///etc/passwd", loopback)).hasMessageContaining("http or https");
        assertThatThrownBy(() -> WebhookUrls.check("http://a b", loopback)).hasMessageContaining("not a valid URL");
    }
}
