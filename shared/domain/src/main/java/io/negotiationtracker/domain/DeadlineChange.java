package io.negotiationtracker.domain;

import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.WorldDate;

/**
 * One entry of a deadline's history; for SIGNALLED, {@code to} is the date an official hinted at, if any, and
 * {@code direction} which way the hint points (null for every other kind).
 */
public record DeadlineChange(
        DeadlineChangeKind kind, WorldDate from, WorldDate to, String note, EventRef ref, SignalDirection direction) {
    public DeadlineChange(DeadlineChangeKind kind, WorldDate from, WorldDate to, String note, EventRef ref) {
        this(kind, from, to, note, ref, null);
    }
}
