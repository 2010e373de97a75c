package io.negotiationtracker.bench.alert;

import io.negotiationtracker.bench.events.BenchEvents;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.ingest.IngestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.HdrHistogram.Histogram;

/**
 * alert.p99_ms: deadline change -> webhook. A webhook is registered on a local receiver; DeadlineChanged events are
 * posted to ingest one at a time and each is timed from ingest's acknowledgement to the signed delivery arriving:
 * ingest relay -> Kafka -> notifier consumer -> alert and delivery in one transaction -> webhook. Sequential (the next
 * change is posted when the previous delivery arrived); a tenth as many changes first, unrecorded.
 */
public final class AlertLatency implements io.negotiationtracker.bench.harness.Scenario {
    private static final String NEGOTIATION = "bench-alert";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String name() {
        return "alert";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int changes = context.scale().alertChanges();
        int warmUp = Math.max(5, changes / 10);
        IngestClient ingest = context.ingest();
        try (WebhookSink sink = new WebhookSink()) {
            ingest.append(
                    NEGOTIATION,
                    "[" + BenchEvents.proposed("NegotiationOpened", "2025-04-01", BenchEvents.opened("Alert benchmark"))
                            + ","
                            + BenchEvents.proposed(
                                    "DeadlineSet",
                                    "2025-04-09",
                                    "{\"deadlineId\":\"bench-deadline\",\"title\":\"Benchmark deadline\",\"dueOn\":\"2030-01-01\"}")
                            + "]");
            subscribe(context, sink.url());
            LocalDate due = LocalDate.of(2030, 1, 1);
            Histogram latency = new Histogram(60_000_000_000L, 3);
            for (int i = 0; i < warmUp + changes; i++) {
                LocalDate next = due.plusDays(1);
                ingest.append(
                        NEGOTIATION,
                        BenchEvents.proposed(
                                "DeadlineChanged",
                                "2025-06-17",
                                "{\"deadlineId\":\"bench-deadline\",\"previousDueOn\":\"" + due + "\",\"dueOn\":\""
                                        + next + "\",\"reason\":\"benchmark change " + i + "\"}"));
                long acknowledged = System.nanoTime();
                WebhookSink.Arrival arrival = sink.next(30_000);
                if (!arrival.body().contains("\"dueOn\":\"" + next + "\""))
                    throw new IllegalStateException("unexpected delivery: " + arrival.body());
                if (i >= warmUp) latency.recordValue(Math.max(0, arrival.nanos() - acknowledged));
                due = next;
            }
            context.results().put("alert.p50_ms", latency.getValueAtPercentile(50) / 1e6);
            context.results().put("alert.p99_ms", latency.getValueAtPercentile(99) / 1e6);
            context.say(
                    "deadline change -> webhook, %d sequential changes: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    changes,
                    latency.getValueAtPercentile(50) / 1e6,
                    latency.getValueAtPercentile(99) / 1e6,
                    latency.getMaxValue() / 1e6);
        }
    }

    private static void subscribe(BenchContext context, String url) throws Exception {
        String body = "{\"url\":\"" + url + "\",\"secret\":\"bench-secret-0123456789\",\"negotiationId\":\""
                + NEGOTIATION + "\",\"kinds\":[\"extended\"]}";
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(context.stack().notifierUrl() + "/api/subscriptions"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + context.stack().writerToken())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2)
            throw new IllegalStateException("subscribing answered " + r.statusCode() + ": " + r.body());
    }
}
