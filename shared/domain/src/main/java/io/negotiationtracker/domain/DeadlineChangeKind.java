package io.negotiationtracker.domain;

import io.negotiationtracker.events.WorldDate;

/** How a deadline's history moved. */
public enum DeadlineChangeKind {
    SET,
    EXTENDED,
    ADVANCED,
    CANCELLED,
    REINSTATED,
    SIGNALLED;

    /** A standing date moved from {@code from} to {@code to}: later is extended, else advanced (one rule for changes and corrections). */
    public static DeadlineChangeKind move(WorldDate from, WorldDate to) {
        return to.compareTo(from) > 0 ? EXTENDED : ADVANCED;
    }
}
