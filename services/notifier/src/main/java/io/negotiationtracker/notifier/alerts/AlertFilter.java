package io.negotiationtracker.notifier.alerts;

import java.time.Instant;

/** Which alerts a reader wants: all filters optional; {@code afterSeq} 0 means from the first. */
public record AlertFilter(String negotiationId, String kind, Instant since, long afterSeq) {
    public AlertFilter after(long seq) {
        return new AlertFilter(negotiationId, kind, since, seq);
    }
}
