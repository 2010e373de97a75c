package io.negotiationtracker.notifier.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.WebhookReceiver;
import io.negotiationtracker.testsupport.http.Http;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trace an event carries in its Kafka headers (as ingest's relay writes them) goes on in the notifier: a CONSUMER
 * span for the record, a CLIENT span for the webhook of the alert it raised, and the receiver gets that span as its
 * traceparent. Real Kafka, PostgreSQL and HTTP; spans read from an in-memory exporter.
 */
class TraceToWebhookTest {
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PUBLISH_SPAN = "00f067aa0ba902b7";

    @Test
    void anEventsTraceReachesTheWebhookItsAlertSends() throws Exception {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        NotifierFixture app = NotifierFixture.fresh().today("2025-01-01").withSingleton(spans);
        try (NotifierFixture.Running notifier = app.start();
                EventWriter events = new EventWriter(app.eventsTopic());
                WebhookReceiver receiver = new WebhookReceiver(n -> 200)) {
            var subscribed = Http.postAs(
                    NotifierFixture.writerToken(),
                    notifier.url() + "/api/subscriptions",
                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"whsec-test-0123456789abcdef\","
                            + "\"negotiationId\":\"traced\",\"kinds\":[\"extended\"]}");
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);

            events.set("traced", "pause-end", "2025-07-09");
            events.withHeaders(Map.of("traceparent", "00-" + TRACE_ID + "-" + PUBLISH_SPAN + "-01"))
                    .move("traced", "pause-end", "2025-07-09", "2025-08-01");

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !receiver.received().isEmpty());
            String delivered = receiver.received().get(0).header("traceparent");
            assertThat(delivered).startsWith("00-" + TRACE_ID + "-");

            // The webhook's span ends once the answer is recorded, a moment after the receiver saw the request.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> trace(spans).stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT));
            List<SpanData> trace = trace(spans);
            SpanData consumed = trace.stream()
                    .filter(s -> s.getKind() == SpanKind.CONSUMER)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no consumer span in " + trace));
            assertThat(consumed.getName()).isEqualTo(app.eventsTopic() + " process");
            assertThat(consumed.getParentSpanId()).isEqualTo(PUBLISH_SPAN);
            SpanData webhook = trace.stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no webhook span in " + trace));
            assertThat(webhook.getName()).isEqualTo("webhook POST");
            assertThat(webhook.getParentSpanId()).isEqualTo(consumed.getSpanId());
            assertThat(delivered).isEqualTo("00-" + TRACE_ID + "-" + webhook.getSpanId() + "-01");

            // The consumer reports Kafka's own client metrics (tagged with the consumer's name) in the Prometheus
            // output.
            String metrics = Http.get(notifier.url() + "/prometheus").body();
            assertThat(metrics)
                    .contains("kafka_consumer_fetch_manager_records_lag_max")
                    .contains("consumer=\"" + app.group() + "\"");
        }
    }

    private static List<SpanData> trace(InMemorySpanExporter spans) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(TRACE_ID))
                .toList();
    }
}
