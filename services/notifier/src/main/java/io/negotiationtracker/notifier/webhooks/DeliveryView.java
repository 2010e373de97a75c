package io.negotiationtracker.notifier.webhooks;

import java.util.List;

/** A webhook delivery with its attempts, for GET /api/subscriptions/{id}/deliveries. */
public record DeliveryView(
        long id,
        long alertSeq,
        String status,
        int attempts,
        String nextAttemptAt,
        Integer lastStatus,
        String lastError,
        String createdAt,
        String finishedAt,
        List<Attempt> attemptLog) {
    public record Attempt(int attempt, String at, Integer statusCode, String error, int durationMs) {}
}
