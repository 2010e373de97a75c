package io.negotiationtracker.notifier.webhooks;

/** A webhook URL whose host the SSRF guard refuses (a non-public address the operator did not allow). */
public final class WebhookRefused extends RuntimeException {
    public WebhookRefused(String message) {
        super(message);
    }
}
