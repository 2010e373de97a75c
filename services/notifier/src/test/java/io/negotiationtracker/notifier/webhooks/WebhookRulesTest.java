package io.negotiationtracker.notifier.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        assertThat(policy.nextDelay(4, 0.999).orElseThrow())
                .as("capped")
                .isBetween(Duration.ofMillis(4990), Duration.ofSeconds(5));
        assertThat(policy.nextDelay(5, 0.5)).as("dead after 5 attempts").isEmpty();
    }

    @Test
    void aSignatureVerifiesOnlyForTheSameSecretBodyAndARecentTimestamp() {
        String header = WebhookSignature.header("s3cret-0123456789", 1_750_000_000L, "{\"a\":1}");
        assertThat(header).matches("t=1750000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":1}", 1_750_000_100L, 300))
                .isTrue();
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":2}", 1_750_000_100L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("other-0123456789", header, "{\"a\":1}", 1_750_000_100L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("s3cret-0123456789", header, "{\"a\":1}", 1_750_001_000L, 300))
                .as("replayed too late")
                .isFalse();
    }

    @Test
    void onlyHttpUrlsOnAllowedHostsAreAccepted() {
        Set<String> loopback = Set.of("127.0.0.1", "localhost");
        assertThat(WebhookUrls.check("http://localhost:8080/hook", loopback).getPort())
                .isEqualTo(8080);
        assertThat(WebhookUrls.check("https://hooks.example.com/x", Set.of("*")).getHost())
                .isEqualTo("hooks.example.com");
        assertThatThrownBy(() -> WebhookUrls.check("http://10.0.0.5/hook", loopback))
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> WebhookUrls.check("file:///etc/passwd", loopback))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> WebhookUrls.check("http://a b", loopback)).hasMessageContaining("not a valid URL");
    }

    @Test
    void onlyPublicAddressesAreReachableByDefault() throws Exception {
        for (String a : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111"))
            assertThat(AddressKind.of(java.net.InetAddress.getByName(a))).as(a).isEqualTo(AddressKind.PUBLIC);
        Map<String, AddressKind> refused = Map.ofEntries(
                Map.entry("127.0.0.1", AddressKind.LOOPBACK),
                Map.entry("::1", AddressKind.LOOPBACK),
                Map.entry("10.0.0.1", AddressKind.PRIVATE),
                Map.entry("172.31.255.255", AddressKind.PRIVATE),
                Map.entry("192.168.0.1", AddressKind.PRIVATE),
                Map.entry("169.254.169.254", AddressKind.LINK_LOCAL),
                Map.entry("fe80::1", AddressKind.LINK_LOCAL),
                Map.entry("fd12:3456::1", AddressKind.UNIQUE_LOCAL),
                Map.entry("fc00::1", AddressKind.UNIQUE_LOCAL),
                Map.entry("0.0.0.0", AddressKind.UNSPECIFIED),
                Map.entry("::", AddressKind.UNSPECIFIED),
                Map.entry("0.1.2.3", AddressKind.UNSPECIFIED),
                Map.entry("224.0.0.1", AddressKind.MULTICAST),
                Map.entry("ff02::1", AddressKind.MULTICAST),
                Map.entry("255.255.255.255", AddressKind.MULTICAST),
                Map.entry("100.64.0.1", AddressKind.SHARED),
                Map.entry("192.0.2.1", AddressKind.RESERVED),
                Map.entry("240.0.0.1", AddressKind.RESERVED),
                Map.entry("::ffff:10.0.0.1", AddressKind.PRIVATE),
                Map.entry("64:ff9b::a00:1", AddressKind.PRIVATE),
                Map.entry("2001:db8::1", AddressKind.RESERVED));
        refused.forEach((a, kind) -> {
            try {
                assertThat(AddressKind.of(java.net.InetAddress.getByName(a)))
                        .as(a)
                        .isEqualTo(kind);
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theOperatorAllowsPrivateAddressesByBlockOrByHostNameAndEveryResolvedAddressIsChecked() throws Exception {
        var loopback = java.net.InetAddress.getByName("127.0.0.1");
        var internal = java.net.InetAddress.getByName("10.1.2.3");
        var metadata = java.net.InetAddress.getByName("169.254.169.254");
        AddressGuard none = AddressGuard.parse("");
        assertThatThrownBy(() -> none.choose("hooks.internal", List.of(internal)))
                .isInstanceOf(WebhookRefused.class)
                .hasMessageContaining("10.1.2.3");
        AddressGuard guard = AddressGuard.parse("127.0.0.0/8, hooks.internal, fd00::/8");
        assertThat(guard.choose("127.0.0.1", List.of(loopback))).isEqualTo(loopback);
        assertThat(guard.choose("HOOKS.internal", List.of(internal))).isEqualTo(internal);
        assertThatThrownBy(() -> guard.choose("other.internal", List.of(internal)))
                .isInstanceOf(WebhookRefused.class);
        var publicAddress = java.net.InetAddress.getByName("93.184.216.34");
        assertThatThrownBy(() -> guard.choose("mixed.example", List.of(publicAddress, metadata)))
                .as("every address is checked")
                .isInstanceOf(WebhookRefused.class)
                .hasMessageContaining("link-local");
        assertThat(Cidr.parse("10.0.0.0/8").contains(internal)).isTrue();
        assertThat(Cidr.parse("10.0.0.0/32").contains(internal)).isFalse();
        assertThatThrownBy(() -> AddressGuard.parse("10.0.0.0/40")).hasMessageContaining("prefix length");
    }
}
