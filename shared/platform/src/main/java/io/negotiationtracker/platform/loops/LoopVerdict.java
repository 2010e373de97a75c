package io.negotiationtracker.platform.loops;

import java.time.Duration;
import java.time.Instant;

/** How a background loop is doing, judged from its snapshot (pure: no clock, no threads). */
public enum LoopVerdict {
    /** Beating, and its last step (if any failed before) succeeded since. */
    HEALTHY,
    /** Its last step failed (or its body crashed and was restarted) and no step has succeeded since. */
    FAILING,
    /** No beat for longer than the allowed time: blocked somewhere. */
    STUCK,
    /** Its thread ended although nobody closed it. */
    STOPPED;

    public boolean ready() {
        return switch (this) {
            case HEALTHY -> true;
            case FAILING, STUCK, STOPPED -> false;
        };
    }

    public static LoopVerdict judge(LoopSnapshot s, Instant now, Duration stuckAfter) {
        if (s.stopped()) return STOPPED;
        if (s.failing()) return FAILING;
        Instant last = s.lastBeat() == null ? s.startedAt() : s.lastBeat();
        if (Duration.between(last, now).compareTo(stuckAfter) > 0) return STUCK;
        return HEALTHY;
    }
}
