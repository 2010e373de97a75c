package io.negotiationtracker.events;

/** An issue is named as blocking a deal ("the key stumbling block"), or no longer (blocking false) (v2). */
public record IssueMarkedBlocking(String issueId, boolean blocking, String summary) implements NegotiationEvent {
    public IssueMarkedBlocking {
        issueId = Require.slug(issueId, "issueId");
        summary = Require.optionalText(summary, "summary");
    }
}
