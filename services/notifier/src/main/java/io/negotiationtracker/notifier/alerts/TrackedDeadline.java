package io.negotiationtracker.notifier.alerts;

import io.negotiationtracker.events.WorldDate;

/** The notifier's view of a deadline: its current version (revision counts the moves) and due date. */
public record TrackedDeadline(
        String negotiationId,
        String deadlineId,
        String title,
        String kind,
        WorldDate dueOn,
        WorldDate lastDueOn,
        boolean cancelled,
        int revision) {}
