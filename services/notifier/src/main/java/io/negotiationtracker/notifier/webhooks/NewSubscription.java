package io.negotiationtracker.notifier.webhooks;

import java.util.List;

/** A validated subscription request. */
public record NewSubscription(
        String url, String negotiationId, List<String> kinds, String secret, String description) {}
