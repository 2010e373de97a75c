package io.negotiationtracker.events;

import java.util.List;

/** An offer or proposal a party puts on the table (v2), optionally about some issues. A proposal is not an issue. */
public record ProposalMade(String proposalId, String party, String title, String summary, List<String> issues)
        implements NegotiationEvent {
    public ProposalMade {
        proposalId = Require.slug(proposalId, "proposalId");
        party = Require.text(party, "party");
        title = Require.text(title, "title");
        summary = Require.optionalText(summary, "summary");
        issues = issues == null || issues.isEmpty() ? null : Require.slugs(issues, "issues");
    }

    public List<String> aboutIssues() {
        return issues == null ? List.of() : issues;
    }
}
