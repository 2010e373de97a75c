package io.negotiationtracker.notifier.webhooks;

import java.util.List;
import java.util.UUID;

/** A webhook subscription as the API shows it: never with its secret. Null filters mean "all". */
public record Subscription(
        UUID id, String url, String negotiationId, List<String> kinds, String description, String createdAt) {}
