package io.negotiationtracker.notifier.webhooks;

import io.micronaut.context.annotation.Context;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries, a batch at a time and concurrently within it. Woken at once when an alert commits in this
 * process; otherwise it sleeps until the next retry falls due (at most a second, to see work queued by other instances).
 * Before every attempt the URL's host is resolved and checked again ({@link WebhookTargets}: a name that now points at a
 * private address is refused and the delivery is dead), and the attempt connects to the checked address with one total
 * deadline (tracker.webhooks.timeout) for connect, headers and body ({@link PinnedHttpPost}).
 */
@Context
public class WebhookWorker {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliveryStore deliveries;
    private final WebhookSettings settings;
    private final WebhookTargets targets;
    private final AlertSignal signal;
    private final Tracing tracing;
    private final PinnedHttpPost http = new PinnedHttpPost();
    private final ExecutorService senders;
    private final BackgroundLoop loop;

    public WebhookWorker(
            DeliveryStore deliveries,
            WebhookSettings settings,
            WebhookTargets targets,
            AlertSignal signal,
            Tracing tracing) {
        this.tracing = tracing;
        this.deliveries = deliveries;
        this.settings = settings;
        this.targets = targets;
        this.signal = signal;
        this.senders = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        this.loop = BackgroundLoop.start("webhook-worker", this::run);
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        while (loop.running()) {
            try {
                long seen = signal.generation();
                List<DueDelivery> due = deliveries.claim(
                        settings.concurrency(), settings.timeout().plusSeconds(30));
                if (due.isEmpty()) {
                    loop.succeeded();
                    long wait = deliveries
                            .millisUntilNextDue()
                            .map(ms -> Math.min(ms, 1000L))
                            .orElse(1000L);
                    if (wait > 0) signal.awaitBeyond(seen, wait);
                    continue;
                }
                List<CompletableFuture<Void>> sends = new ArrayList<>();
                for (DueDelivery d : due) sends.add(CompletableFuture.runAsync(() -> attempt(d), senders));
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
                loop.succeeded();
            } catch (RuntimeException e) {
                if (!loop.running()) return;
                LOG.warn("webhook worker: {}; retrying in 1 s", e.getMessage());
                loop.failed(e);
                loop.pause(1000);
            }
        }
    }

    private void attempt(DueDelivery d) {
        long started = System.nanoTime();
        WebhookTargets.Target target;
        try {
            target = targets.resolve(d.url().toString());
        } catch (IllegalArgumentException | WebhookRefused e) {
            record(d, null, e.getMessage(), 0, false, Optional.empty());
            LOG.warn("webhook delivery {} to {} refused: {}", d.id(), d.url(), e.getMessage());
            return;
        } catch (UnknownHostException e) {
            failed(d, null, "the host does not resolve: " + e.getMessage(), started);
            return;
        }
        // A CLIENT span in the trace of the event that raised the alert; the receiver gets it as traceparent.
        Span span = tracing.start(
                "webhook POST",
                SpanKind.CLIENT,
                tracing.fromTraceParent(tracing.links().find(AlertStore.traceKey(d.alertSeq()))));
        span.setAttribute("tracker.delivery_id", d.id());
        span.setAttribute("tracker.alert_seq", d.alertSeq());
        span.setAttribute("http.request.method", "POST");
        Map<String, String> headers = headers(d);
        headers.putAll(tracing.headers(span));
        try {
            int status = http.post(target, headers, d.body(), settings.timeout());
            span.setAttribute("http.response.status_code", status);
            if (status / 100 == 2) record(d, status, null, millisSince(started), true, Optional.empty());
            else failed(d, status, "HTTP " + status, started);
        } catch (IOException | RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            failed(
                    d,
                    null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    started);
        } finally {
            span.end();
        }
    }

    private Map<String, String> headers(DueDelivery d) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("User-Agent", "negotiation-tracker-notifier");
        h.put("X-Tracker-Delivery", Long.toString(d.id()));
        h.put("X-Tracker-Event", "alert." + d.kind());
        h.put("X-Tracker-Alert-Seq", Long.toString(d.alertSeq()));
        h.put("X-Tracker-Attempt", Integer.toString(d.attempt()));
        h.put(
                WebhookSignature.HEADER,
                WebhookSignature.header(d.secret(), System.currentTimeMillis() / 1000, d.body()));
        return h;
    }

    private void failed(DueDelivery d, Integer status, String error, long started) {
        var retry = settings.retry()
                .nextDelay(d.attempt(), ThreadLocalRandom.current().nextDouble());
        record(d, status, error, millisSince(started), false, retry);
        if (retry.isEmpty())
            LOG.warn("webhook delivery {} to {} is dead after {} attempts: {}", d.id(), d.url(), d.attempt(), error);
    }

    private void record(
            DueDelivery d,
            Integer status,
            String error,
            int ms,
            boolean delivered,
            Optional<java.time.Duration> retry) {
        try {
            deliveries.finish(d, status, error, ms, delivered, retry);
        } catch (RuntimeException e) {
            LOG.warn("could not record webhook delivery {}: {}", d.id(), e.getMessage());
        }
    }

    private static int millisSince(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }

    @PreDestroy
    void stop() {
        loop.close();
        senders.shutdownNow();
        http.close();
    }
}
