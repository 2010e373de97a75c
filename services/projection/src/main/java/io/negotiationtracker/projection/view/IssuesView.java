package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.Issue;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Position;
import io.negotiationtracker.domain.Subject;
import java.util.List;

/**
 * Open and closed issues, each with its title, who raised it and since when, whether it is named as blocking a deal,
 * each party's current position and the history of positions; closed ones with how and when. Open issues list the
 * blocking ones first.
 */
public record IssuesView(int openCount, int closedCount, int blockingCount, List<View> open, List<View> closed) {

    public record View(
            String issueId,
            String title,
            String raisedBy,
            String since,
            String summary,
            boolean blocking,
            String blockingNote,
            List<PositionView> positions,
            List<PositionView> positionHistory,
            List<Provenance> referencedBy,
            String outcome,
            String closedOn,
            String closingSummary,
            String publisher,
            int sourceCount) {}

    public record PositionView(String party, String position, String summary, Provenance provenance) {}

    public static IssuesView of(NegotiationState s) {
        List<View> open = s.issues().values().stream()
                .filter(Issue::isOpen)
                .sorted(java.util.Comparator.comparing((Issue i) -> !i.blocking()))
                .map(i -> view(s, i))
                .toList();
        List<View> closed = s.issues().values().stream()
                .filter(i -> !i.isOpen())
                .map(i -> view(s, i))
                .toList();
        return new IssuesView(
                open.size(),
                closed.size(),
                (int) open.stream().filter(View::blocking).count(),
                open,
                closed);
    }

    private static View view(NegotiationState s, Issue i) {
        return new View(
                i.issueId(),
                i.title(),
                i.raisedBy(),
                i.opened().occurredOn().toString(),
                i.summary(),
                i.blocking(),
                i.blockingNote(),
                i.currentPositions().values().stream().map(IssuesView::position).toList(),
                i.positions().stream().map(IssuesView::position).toList(),
                s.referencesTo(Subject.issue(i.issueId())).stream()
                        .map(Provenance::of)
                        .toList(),
                Names.lower(i.outcome()),
                i.closed() == null ? null : i.closed().occurredOn().toString(),
                i.closingSummary(),
                i.opened().source().publisher(),
                i.opened().sources().size());
    }

    private static PositionView position(Position p) {
        return new PositionView(p.party(), p.position(), p.summary(), Provenance.of(p.ref()));
    }
}
