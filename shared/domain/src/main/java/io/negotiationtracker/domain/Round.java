package io.negotiationtracker.domain;

import io.negotiationtracker.events.RoundHeld;

/** A round as the fold sees it; a cancelled round was planned and called off. */
public record Round(String roundId, RoundHeld held, boolean cancelled, String cancelReason, EventRef ref) {
    public boolean wasHeld() {
        return held != null && !cancelled;
    }
}
