package io.negotiationtracker.projection.view;

import java.time.LocalDate;
import java.util.List;

/** One line of the negotiation list, taken from its status; nextDeadline is the next legal date. */
public record SummaryView(
        String negotiationId,
        String title,
        List<String> parties,
        long version,
        LocalDate computedFor,
        int roundsHeld,
        RoundsView.Held lastRound,
        int openIssues,
        int closedIssues,
        int blockingIssues,
        DeadlinesView.Next nextDeadline,
        int tariffsInForce,
        int tariffsSuspended,
        int tariffsThreatened,
        int agreements,
        int sourcesCited) {

    public static SummaryView of(StatusView s) {
        return new SummaryView(
                s.negotiationId(),
                s.title(),
                s.parties().stream()
                        .map(io.negotiationtracker.events.Party::code)
                        .toList(),
                s.version(),
                s.today(),
                s.rounds().total(),
                s.rounds().last(),
                s.issues().openCount(),
                s.issues().closedCount(),
                s.issues().blockingCount(),
                s.nextDeadline(),
                s.tariffs().inForce().size(),
                s.tariffs().suspended().size(),
                s.tariffs().threatened().size(),
                s.agreements().size(),
                s.sourcesCited());
    }
}
