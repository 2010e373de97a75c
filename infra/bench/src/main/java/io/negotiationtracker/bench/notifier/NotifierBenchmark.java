package io.negotiationtracker.bench.notifier;

import io.negotiationtracker.devstack.DevStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Deadline change to webhook: starts the whole stack, registers a webhook on a local receiver, then posts DeadlineChanged
 * events to ingest one at a time and measures from ingest's acknowledgement (201 received) to the signed delivery
 * arriving at the receiver: ingest relay -> Kafka -> notifier consumer -> alert + delivery in one transaction -> webhook.
 * Prints figures; asserts nothing. Options: --changes N (default 200), --warmup N (default 20).
 */
public final class NotifierBenchmark {
    private static final String NEGOTIATION = "bench-notifier";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int changes = intOption(args, "--changes", 200);
        int warmup = intOption(args, "--warmup", 20);
        Path dir = Files.createTempDirectory("nt-bench-notifier");
        long startAt = System.nanoTime();
        // The sink listens on loopback, which webhooks reach only when explicitly allowed.
        DevStack.Options options = DevStack.Options.forTests(dir).with(Map.of("notifier@tracker.webhooks.allow-private", "127.0.0.0/8"));
        try (DevStack stack = DevStack.start(options); WebhookSink sink = new WebhookSink()) {
            System.out.printf(Locale.ROOT, "stack up in %.1f s (data in %s)%n", (System.nanoTime() - startAt) / 1e9, dir);
            String token = stack.writerToken();
            String events = stack.ingestUrl() + "/api/negotiations/" + NEGOTIATION + "/events";
            post(events, "[" + event("NegotiationOpened", "2025-04-01", "{\"title\":\"Benchmark talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},"
                    + "{\"code\":\"JP\",\"name\":\"Japan\"}]}") + "," + event("DeadlineSet", "2025-04-09",
                    "{\"deadlineId\":\"bench-deadline\",\"title\":\"Benchmark deadline\",\"dueOn\":\"2030-01-01\"}") + "]", token);
            post(stack.notifierUrl() + "/api/subscriptions", "{\"url\":\"" + sink.url() + "\",\"secret\":\"bench-secret-0123456789\",\"negotiationId\":\""
                    + NEGOTIATION + "\",\"kinds\":[\"extended\"]}", token);

            LocalDate due = LocalDate.of(2030, 1, 1);
            Histogram latency = new Histogram(60_000_000_000L, 3);
            long measuredFrom = 0;
            for (int i = 0; i < warmup + changes; i++) {
                if (i == warmup) measuredFrom = System.nanoTime();
                LocalDate next = due.plusDays(1);
                long acked = post(events, event("DeadlineChanged", "2025-06-17", "{\"deadlineId\":\"bench-deadline\",\"previousDueOn\":\"" + due
                        + "\",\"dueOn\":\"" + next + "\",\"reason\":\"benchmark change " + i + "\"}"), token);
                WebhookSink.Arrival arrival = sink.next(30_000);
                if (!arrival.body().contains("\"dueOn\":\"" + next + "\"")) throw new IllegalStateException("unexpected delivery: " + arrival.body());
                if (i >= warmup) latency.recordValue(Math.max(0, arrival.nanos() - acked));
                due = next;
            }
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            System.out.printf(Locale.ROOT, "deadline change -> webhook received, %d sequential changes (after %d warm-up) in %.1f s%n", changes, warmup, seconds);
            System.out.printf(Locale.ROOT, "  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms%n",
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)), ms(latency.getValueAtPercentile(99)),
                    ms(latency.getMaxValue()), latency.getMean() / 1e6);
            System.out.println("  goal p99 < 250 ms: " + (ms(latency.getValueAtPercentile(99)) < 250 ? "met" : "NOT met"));
        }
    }

    private static String event(String type, String occurredOn, String data) {
        return "{\"type\":\"" + type + "\",\"occurredOn\":\"" + occurredOn + "\",\"source\":{\"publisher\":\"Bench Wire\",\"title\":\"notifier benchmark\"},"
                + "\"data\":" + data + "}";
    }

    /** Posts and returns System.nanoTime() when the acknowledgement arrived; fails unless 2xx. */
    private static long post(String url, String json, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) request.header("Authorization", "Bearer " + token);
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long at = System.nanoTime();
        if (response.statusCode() / 100 != 2) throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        return at;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        return fallback;
    }
}
