package io.negotiationtracker.events;

/**
 * A party's position on an issue (v2), e.g. Japan demands the removal of the auto tariff, later "at least a reduction".
 * A later position of the same party on the same issue replaces the earlier one, which stays in the history.
 */
public record PositionStated(String issueId, String party, String position, String summary)
        implements NegotiationEvent {
    public PositionStated {
        issueId = Require.slug(issueId, "issueId");
        party = Require.text(party, "party");
        position = Require.text(position, "position");
        summary = Require.optionalText(summary, "summary");
    }
}
