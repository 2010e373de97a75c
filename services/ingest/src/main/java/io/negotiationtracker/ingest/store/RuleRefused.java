package io.negotiationtracker.ingest.store;

import io.negotiationtracker.domain.RuleViolation;

/** The domain refused an event of the batch (decide): nothing was stored. */
public class RuleRefused extends RuntimeException {
    private final RuleViolation violation;
    private final int index;

    public RuleRefused(RuleViolation violation, int index) {
        super(violation.message());
        this.violation = violation;
        this.index = index;
    }

    public RuleViolation violation() {
        return violation;
    }

    public int index() {
        return index;
    }
}
