package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Party;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's status of one negotiation, rendered from its folded state for a given day ({@code today}: the day
 * that decides which tariffs are in force, which deadlines have passed and how many days are left).
 */
public record StatusView(String negotiationId, String title, List<Party> parties, long version, LocalDate today,
                         RoundsView.Summary rounds, IssuesView issues, List<DeadlinesView.Deadline> deadlines,
                         DeadlinesView.Next nextDeadline, TariffsView tariffs, List<AgreementView> agreements,
                         List<StatementView> recentStatements, int sourcesCited) {

    public static final int RECENT_STATEMENTS = 5;

    public record AgreementView(String agreementId, String scope, String summary, List<String> settlesIssues, String occurredOn,
                                String publisher) {}

    public record StatementView(String speaker, String role, String party, String quote, String occurredOn, String publisher) {}

    public static StatusView of(NegotiationState s, LocalDate today) {
        return new StatusView(s.negotiationId(), s.title(), List.copyOf(s.parties().values()), s.version(), today,
                RoundsView.summary(s), IssuesView.of(s), DeadlinesView.all(s, today), DeadlinesView.next(s, today),
                TariffsView.of(s, today), agreements(s), recentStatements(s), s.sources().size());
    }

    private static List<AgreementView> agreements(NegotiationState s) {
        return s.agreements().stream().map(a -> new AgreementView(a.terms().agreementId(), Names.lower(a.terms().scope()), a.terms().summary(),
                a.terms().settlesIssues(), a.ref().occurredOn().toString(), a.ref().source().publisher())).toList();
    }

    private static List<StatementView> recentStatements(NegotiationState s) {
        return s.statements().stream()
                .sorted(java.util.Comparator.comparing((io.negotiationtracker.domain.Statement st) -> st.ref().occurredOn())
                        .thenComparingLong(st -> st.ref().version()).reversed())
                .limit(RECENT_STATEMENTS)
                .map(st -> new StatementView(st.said().speaker().name(), st.said().speaker().role(), st.said().speaker().party(),
                        st.said().quote(), st.ref().occurredOn().toString(), st.ref().source().publisher())).toList();
    }
}
