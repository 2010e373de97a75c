package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Proposal;
import java.util.List;

/** Offers and proposals on the table (not issues), each with its status (open, accepted, rejected) and answers; and concessions. */
public record ProposalsView(List<View> proposals, List<ConcessionView> concessions) {

    public record View(
            String proposalId,
            String party,
            String title,
            String summary,
            List<String> issues,
            String status,
            List<Answer> answers,
            Provenance provenance) {}

    public record Answer(String party, String answer, String summary, Provenance provenance) {}

    public record ConcessionView(String party, String issueId, String summary, Provenance provenance) {}

    public static ProposalsView of(NegotiationState s) {
        return new ProposalsView(
                s.proposals().values().stream()
                        .filter(p -> p.made() != null)
                        .map(ProposalsView::view)
                        .toList(),
                s.concessions().stream()
                        .map(c -> new ConcessionView(
                                c.made().party(), c.made().issueId(), c.made().summary(), Provenance.of(c.ref())))
                        .toList());
    }

    private static View view(Proposal p) {
        return new View(
                p.proposalId(),
                p.made().party(),
                p.made().title(),
                p.made().summary(),
                p.made().aboutIssues(),
                p.status(),
                p.answers().stream()
                        .map(a -> new Answer(a.party(), Names.lower(a.answer()), a.summary(), Provenance.of(a.ref())))
                        .toList(),
                Provenance.of(p.ref()));
    }
}
