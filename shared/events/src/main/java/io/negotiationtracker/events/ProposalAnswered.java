package io.negotiationtracker.events;

/** A party accepts or rejects a proposal of the other side (v2). */
public record ProposalAnswered(String proposalId, String party, ProposalAnswer answer, String summary)
        implements NegotiationEvent {
    public ProposalAnswered {
        proposalId = Require.slug(proposalId, "proposalId");
        party = Require.text(party, "party");
        answer = Require.present(answer, "answer");
        summary = Require.optionalText(summary, "summary");
    }
}
