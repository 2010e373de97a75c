package io.negotiationtracker.domain;

import io.negotiationtracker.events.IssueOutcome;

public record Issue(String issueId, String title, String raisedBy, String summary, EventRef opened,
                    IssueOutcome outcome, String closingSummary, EventRef closed) {
    public boolean isOpen() {
        return closed == null;
    }

    Issue close(IssueOutcome outcome, String summary, EventRef ref) {
        return new Issue(issueId, title, raisedBy, this.summary, opened, outcome, summary, ref);
    }
}
