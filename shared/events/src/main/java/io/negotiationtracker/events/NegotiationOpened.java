package io.negotiationtracker.events;

import java.util.List;

public record NegotiationOpened(String title, List<Party> parties, List<Person> leads, String summary)
        implements NegotiationEvent {
    public NegotiationOpened {
        title = Require.text(title, "title");
        parties = Require.nonEmpty(parties, "parties");
        if (parties.size() < 2) throw new InvalidEventException("parties", "a negotiation needs at least two parties");
        if (parties.stream().map(Party::code).distinct().count() != parties.size())
            throw new InvalidEventException("parties", "party codes must be distinct");
        leads = Require.list(leads, "leads");
        summary = Require.optionalText(summary, "summary");
    }
}
