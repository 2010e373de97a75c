package io.negotiationtracker.notifier.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.TricklingReceiver;
import io.negotiationtracker.notifier.support.WebhookReceiver;
import io.negotiationtracker.testsupport.http.Http;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webhook SSRF guard and delivery deadline in a running notifier. Only 127.0.0.1 is allowed (as a /32 block); the
 * name rebind.example.test is resolved by a test resolver: first to 127.0.0.1, later to a private address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookGuardTest {
    static final String SECRET = "whsec-test-0123456789abcdef";
    static final String WRITER = NotifierFixture.writerToken();

    final AtomicBoolean rebound = new AtomicBoolean();
    NotifierFixture.Running notifier;
    String url;
    EventWriter events;

    @BeforeAll
    void start() {
        NotifierFixture app = NotifierFixture.fresh()
                .today("2025-01-01")
                .with("tracker.webhooks.allowed-hosts", "*")
                .with("tracker.webhooks.allow-private", "127.0.0.1/32")
                .with("tracker.webhooks.max-attempts", 2);
        HostResolver resolver = host -> host.equals("rebind.example.test")
                ? List.of(InetAddress.getByName(rebound.get() ? "10.9.8.7" : "127.0.0.1"))
                : HostResolver.SYSTEM.resolve(host);
        notifier = app.withSingleton(resolver).start();
        url = notifier.url();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.2:9/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]:9/hook",
                "http://[fd00::1]/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://0.0.0.0/hook",
                "http://224.0.0.1/hook",
                "http://100.64.0.1/hook"
            })
    void aSubscriptionToANonPublicAddressIsRefusedNamingTheUrl(String target) {
        var r = Http.postAs(
                WRITER, url + "/api/subscriptions", "{\"url\":\"" + target + "\",\"secret\":\"" + SECRET + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("field").asText()).isEqualTo("url");
        assertThat(r.json().path("detail").asText()).contains("webhooks may only reach public addresses");
    }

    @Test
    void aNameThatRebindsToAPrivateAddressIsRefusedAtDeliveryAndTheAttemptConnectsToTheCheckedAddress()
            throws Exception {
        try (var receiver = new WebhookReceiver(n -> 200)) {
            String hook = receiver.url().replace("127.0.0.1", "rebind.example.test");
            String id = subscribe(hook, "guard-rebind");
            events.set("guard-rebind", "pause-end", "2025-07-09");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(id).path(0).path("status").asText().equals("delivered"));
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).header("Host"))
                    .isEqualTo("rebind.example.test:" + hook.split(":")[2].split("/")[0]);

            rebound.set(true);
            events.move("guard-rebind", "pause-end", "2025-07-09", "2025-08-01");
            await().atMost(Duration.ofSeconds(30)).until(() -> byStatus(id, "dead") == 1);
            JsonNode dead = Http.getAs(WRITER, url + "/api/subscriptions/" + id + "/deliveries?status=dead")
                    .json()
                    .path("deliveries")
                    .get(0);
            assertThat(dead.path("lastError").asText()).contains("10.9.8.7").contains("private");
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatTricklesItsBodyIsCutAtTheDeadlineAndRetried() throws Exception {
        try (var receiver = new TricklingReceiver(100)) {
            String id = subscribe(receiver.url(), "guard-trickle");
            long began = System.nanoTime();
            events.set("guard-trickle", "pause-end", "2025-07-09");
            await().atMost(Duration.ofSeconds(30)).until(() -> byStatus(id, "dead") == 1);
            long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
            JsonNode dead = Http.getAs(WRITER, url + "/api/subscriptions/" + id + "/deliveries?status=dead")
                    .json()
                    .path("deliveries")
                    .get(0);
            assertThat(dead.path("attempts").asInt())
                    .as("tracker.webhooks.max-attempts")
                    .isEqualTo(2);
            assertThat(receiver.requests()).isEqualTo(2);
            assertThat(dead.path("lastError").asText())
                    .contains("deadline of 2000 ms")
                    .contains("reading the response body");
            for (JsonNode attempt : dead.path("attemptLog"))
                assertThat(attempt.path("durationMs").asInt()).isBetween(1900, 3000);
            assertThat(seconds)
                    .as("two attempts of at most 2 s each, and the backoff")
                    .isLessThan(15);
        }
    }

    private String subscribe(String hook, String negotiationId) {
        var r = Http.postAs(
                WRITER,
                url + "/api/subscriptions",
                "{\"url\":\"" + hook + "\",\"secret\":\"" + SECRET + "\",\"negotiationId\":\"" + negotiationId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private JsonNode deliveries(String id) {
        return Http.getAs(WRITER, url + "/api/subscriptions/" + id + "/deliveries")
                .json()
                .path("deliveries");
    }

    private long byStatus(String id, String status) {
        return Http.getAs(WRITER, url + "/api/subscriptions/" + id + "/deliveries?status=" + status)
                .json()
                .path("deliveries")
                .size();
    }
}
