package io.negotiationtracker.events;

public record IssueClosed(String issueId, IssueOutcome outcome, String summary) implements NegotiationEvent {
    public IssueClosed {
        issueId = Require.slug(issueId, "issueId");
        outcome = Require.present(outcome, "outcome");
        summary = Require.optionalText(summary, "summary");
    }
}
