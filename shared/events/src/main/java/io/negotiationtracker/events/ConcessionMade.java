package io.negotiationtracker.events;

/** A party gives ground (v2), optionally on one issue. */
public record ConcessionMade(String party, String issueId, String summary) implements NegotiationEvent {
    public ConcessionMade {
        party = Require.text(party, "party");
        issueId = issueId == null || issueId.isBlank() ? null : Require.slug(issueId, "issueId");
        summary = Require.text(summary, "summary");
    }
}
