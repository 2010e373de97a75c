package io.negotiationtracker.notifier.feeds;

import java.time.Instant;

/** An alert as an Atom entry needs it: its key gives the entry a stable id, its creation time the entry's updated time. */
public record FeedEntry(
        long seq,
        String key,
        String negotiationId,
        String deadlineId,
        String kind,
        String dueOn,
        String title,
        String message,
        Instant createdAt) {}
