package io.negotiationtracker.events;

public record IssueOpened(String issueId, String title, String raisedBy, String summary) implements NegotiationEvent {
    public IssueOpened {
        issueId = Require.slug(issueId, "issueId");
        title = Require.text(title, "title");
        raisedBy = Require.optionalText(raisedBy, "raisedBy");
        summary = Require.optionalText(summary, "summary");
    }
}
