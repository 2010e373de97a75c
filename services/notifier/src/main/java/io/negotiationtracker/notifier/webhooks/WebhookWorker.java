package io.negotiationtracker.notifier.webhooks;

import io.micronaut.context.annotation.Context;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.platform.BackgroundLoop;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries, a batch at a time and concurrently within it. Woken at once when an alert commits in this
 * process; otherwise it sleeps until the next retry falls due (at most a second, to see work queued by other instances).
 */
@Context
public class WebhookWorker {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliveryStore deliveries;
    private final WebhookSettings settings;
    private final AlertSignal signal;
    private final HttpClient http;
    private final BackgroundLoop loop;

    public WebhookWorker(DeliveryStore deliveries, WebhookSettings settings, AlertSignal signal) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.signal = signal;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.loop = BackgroundLoop.start("webhook-worker", this::run);
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        while (loop.running()) {
            try {
                long seen = signal.generation();
                List<DueDelivery> due = deliveries.claim(settings.concurrency(), settings.timeout().plusSeconds(30));
                if (due.isEmpty()) {
                    long wait = deliveries.millisUntilNextDue().map(ms -> Math.min(ms, 1000L)).orElse(1000L);
                    if (wait > 0) signal.awaitBeyond(seen, wait);
                    continue;
                }
                List<CompletableFuture<Void>> sends = new ArrayList<>();
                for (DueDelivery d : due) sends.add(send(d));
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            } catch (RuntimeException e) {
                if (!loop.running()) return;
                LOG.warn("webhook worker: {}; retrying in 1 s", e.getMessage());
                loop.pause(1000);
            }
        }
    }

    private CompletableFuture<Void> send(DueDelivery d) {
        long started = System.nanoTime();
        try {
            WebhookUrls.check(d.url().toString(), settings.allowedHosts());
        } catch (IllegalArgumentException e) {
            deliveries.finish(d, null, e.getMessage(), 0, false, java.util.Optional.empty());
            return CompletableFuture.completedFuture(null);
        }
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(d.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "negotiation-tracker-notifier")
                .header("X-Tracker-Delivery", Long.toString(d.id()))
                .header("X-Tracker-Event", "alert." + d.kind())
                .header("X-Tracker-Alert-Seq", Long.toString(d.alertSeq()))
                .header("X-Tracker-Attempt", Integer.toString(d.attempt()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(d.secret(), now, d.body()))
                .POST(HttpRequest.BodyPublishers.ofString(d.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            int ms = (int) ((System.nanoTime() - started) / 1_000_000);
            try {
                if (failure == null && response.statusCode() / 100 == 2) {
                    deliveries.finish(d, response.statusCode(), null, ms, true, java.util.Optional.empty());
                } else {
                    Integer code = failure == null ? response.statusCode() : null;
                    String error = failure == null ? "HTTP " + code : describe(failure);
                    var retry = settings.retry().nextDelay(d.attempt(), ThreadLocalRandom.current().nextDouble());
                    deliveries.finish(d, code, error, ms, false, retry);
                    if (retry.isEmpty()) LOG.warn("webhook delivery {} to {} is dead after {} attempts: {}", d.id(), d.url(), d.attempt(), error);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not record webhook delivery {}: {}", d.id(), e.getMessage());
            }
            return null;
        });
    }

    private static String describe(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @PreDestroy
    void stop() {
        loop.close();
        http.close();
    }
}
