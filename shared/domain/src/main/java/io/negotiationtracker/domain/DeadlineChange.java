package io.negotiationtracker.domain;

import io.negotiationtracker.events.WorldDate;

/** One entry of a deadline's history; for SIGNALLED, {@code to} is the date an official hinted at, if any. */
public record DeadlineChange(DeadlineChangeKind kind, WorldDate from, WorldDate to, String note, EventRef ref) {}
