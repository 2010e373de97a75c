package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.Issue;
import io.negotiationtracker.domain.NegotiationState;
import java.util.List;

/** Open and closed issues, each with its title, who raised it and since when; closed ones with how and when. */
public record IssuesView(int openCount, int closedCount, List<View> open, List<View> closed) {

    public record View(String issueId, String title, String raisedBy, String since, String summary, String outcome, String closedOn,
                       String closingSummary, String publisher) {}

    public static IssuesView of(NegotiationState s) {
        List<View> open = s.issues().values().stream().filter(Issue::isOpen).map(IssuesView::view).toList();
        List<View> closed = s.issues().values().stream().filter(i -> !i.isOpen()).map(IssuesView::view).toList();
        return new IssuesView(open.size(), closed.size(), open, closed);
    }

    private static View view(Issue i) {
        return new View(i.issueId(), i.title(), i.raisedBy(), i.opened().occurredOn().toString(), i.summary(), Names.lower(i.outcome()),
                i.closed() == null ? null : i.closed().occurredOn().toString(), i.closingSummary(), i.opened().source().publisher());
    }
}
