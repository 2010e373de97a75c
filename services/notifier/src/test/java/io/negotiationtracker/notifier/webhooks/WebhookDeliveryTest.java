package io.negotiationtracker.notifier.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.WebhookReceiver;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Webhooks against a real local receiver: signed, retried with backoff, recorded, and dead after the last attempt. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest {
    static final String SECRET = "whsec-test-0123456789abcdef";
    static final String WRITER = NotifierFixture.writerToken();

    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter events;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().today("2025-01-01");
        notifier = app.start();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
    }

    String subscribe(String url, String negotiationId, String kinds) {
        var r = Http.postAs(
                WRITER,
                notifier.url() + "/api/subscriptions",
                "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\",\"negotiationId\":\"" + negotiationId + "\""
                        + (kinds == null ? "" : ",\"kinds\":" + kinds) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).doesNotContain(SECRET);
        return r.json().path("id").asText();
    }

    JsonNode deliveries(String subscriptionId) {
        return Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + subscriptionId + "/deliveries")
                .json()
                .path("deliveries");
    }

    @Test
    void aReceiverThatFailsOnceGetsExactlyOneSignedSuccessfulDelivery() throws Exception {
        try (var receiver = new WebhookReceiver(n -> n == 1 ? 500 : 200)) {
            String id = subscribe(receiver.url(), "hook-retry", "[\"extended\"]");
            events.set("hook-retry", "pause-end", "2025-07-09");
            events.move("hook-retry", "pause-end", "2025-07-09", "2025-08-01");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(id).path(0).path("status").asText().equals("delivered"));
            JsonNode delivery = deliveries(id).get(0);
            assertThat(deliveries(id))
                    .as("only the extended alert matches the kinds filter")
                    .hasSize(1);
            assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
            assertThat(delivery.path("attemptLog").findValuesAsText("statusCode"))
                    .containsExactly("500", "200");
            assertThat(delivery.path("lastStatus").asInt()).isEqualTo(200);

            var got = receiver.received();
            assertThat(got).hasSize(2);
            assertThat(got.get(0).body()).isEqualTo(got.get(1).body());
            var success = got.get(1);
            long now = System.currentTimeMillis() / 1000;
            assertThat(WebhookSignature.verify(SECRET, success.header("X-Tracker-Signature"), success.body(), now, 300))
                    .isTrue();
            assertThat(WebhookSignature.verify(
                            "another-secret-0123456789",
                            success.header("X-Tracker-Signature"),
                            success.body(),
                            now,
                            300))
                    .isFalse();
            assertThat(WebhookSignature.verify(
                            SECRET,
                            success.header("X-Tracker-Signature"),
                            success.body().replace("2025-08-01", "2025-09-01"),
                            now,
                            300))
                    .isFalse();
            assertThat(success.header("X-Tracker-Event")).isEqualTo("alert.extended");
            assertThat(success.header("X-Tracker-Delivery"))
                    .isEqualTo(delivery.path("id").asText());
            assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + id)
                            .body())
                    .doesNotContain(SECRET);
        }
    }

    @Test
    void aReceiverThatAlwaysFailsEndsDeadAndVisible() throws Exception {
        try (var receiver = new WebhookReceiver(n -> 503)) {
            String id = subscribe(receiver.url(), "hook-dead", null);
            events.set("hook-dead", "pause-end", "2025-07-09");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deliveries(id).path(0).path("status").asText().equals("dead"));
            JsonNode delivery = Http.getAs(
                            WRITER, notifier.url() + "/api/subscriptions/" + id + "/deliveries?status=dead")
                    .json()
                    .path("deliveries")
                    .get(0);
            assertThat(delivery.path("attempts").asInt())
                    .as("tracker.webhooks.max-attempts")
                    .isEqualTo(4);
            assertThat(delivery.path("attemptLog")).hasSize(4);
            assertThat(delivery.path("lastError").asText()).isEqualTo("HTTP 503");
            assertThat(receiver.received()).hasSize(4);
        }
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() throws Exception {
        try (var receiver = new WebhookReceiver(n -> 200)) {
            String id = subscribe(receiver.url(), "hook-deleted", null);
            assertThat(Http.deleteAs(WRITER, notifier.url() + "/api/subscriptions/" + id)
                            .status())
                    .isEqualTo(204);
            assertThat(Http.deleteAs(WRITER, notifier.url() + "/api/subscriptions/" + id)
                            .status())
                    .isEqualTo(404);
            assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + id)
                            .status())
                    .isEqualTo(404);
            events.set("hook-deleted", "pause-end", "2025-07-09");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Alerts.of(notifier.url(), "negotiationId=hook-deleted")
                                    .size()
                            == 1);
            String marker = subscribe(receiver.url(), "hook-deleted", null);
            events.move("hook-deleted", "pause-end", "2025-07-09", "2025-07-10");
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            deliveries(marker).path(0).path("status").asText().equals("delivered"));
            assertThat(deliveries(id)).isEmpty();
            assertThat(receiver.received()).hasSize(1);
        }
    }
}
