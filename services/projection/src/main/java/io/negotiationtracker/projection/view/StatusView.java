package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.Party;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's status of one negotiation, rendered from its folded state for a given day ({@code today}: the day
 * that decides which tariffs are in force, which deadlines have passed and how many days are left). The headline
 * deadline ({@code nextDeadline}) is the next legal date; {@code targets} and {@code milestones} stand beside it.
 */
public record StatusView(
        String negotiationId,
        String title,
        List<Party> parties,
        String openedOn,
        long version,
        LocalDate today,
        RoundsView.Summary rounds,
        IssuesView issues,
        List<DeadlinesView.Deadline> deadlines,
        DeadlinesView.Next nextDeadline,
        List<DeadlinesView.Deadline> targets,
        List<DeadlinesView.Deadline> milestones,
        TariffsView tariffs,
        ProposalsView proposals,
        List<AgreementView> agreements,
        List<StatementView> recentStatements,
        int sourcesCited) {

    public static final int RECENT_STATEMENTS = 5;

    public record AgreementView(
            String agreementId,
            String scope,
            String summary,
            List<String> settlesIssues,
            String occurredOn,
            String publisher,
            int sourceCount) {}

    public record StatementView(
            String speaker,
            String role,
            String party,
            String quote,
            String paraphrase,
            String occurredOn,
            String publisher,
            String confidence,
            int sourceCount) {}

    public static StatusView of(NegotiationState s, LocalDate today) {
        return new StatusView(
                s.negotiationId(),
                s.title(),
                List.copyOf(s.parties().values()),
                Names.text(s.openedOn()),
                s.version(),
                today,
                RoundsView.summary(s),
                IssuesView.of(s),
                DeadlinesView.all(s, today),
                DeadlinesView.next(s, today),
                DeadlinesView.ofClass(s, today, DeadlineClass.TARGET),
                DeadlinesView.ofClass(s, today, DeadlineClass.MILESTONE),
                TariffsView.of(s, today),
                ProposalsView.of(s),
                agreements(s),
                recentStatements(s),
                s.sources().size());
    }

    private static List<AgreementView> agreements(NegotiationState s) {
        return s.agreements().stream()
                .map(a -> new AgreementView(
                        a.terms().agreementId(),
                        Names.lower(a.terms().scope()),
                        a.terms().summary(),
                        a.terms().settlesIssues(),
                        a.ref().occurredOn().toString(),
                        a.ref().source().publisher(),
                        a.ref().sources().size()))
                .toList();
    }

    private static List<StatementView> recentStatements(NegotiationState s) {
        return s.statements().stream()
                .sorted(java.util.Comparator.comparing((io.negotiationtracker.domain.Statement st) ->
                                st.ref().occurredOn())
                        .thenComparingLong(st -> st.ref().version())
                        .reversed())
                .limit(RECENT_STATEMENTS)
                .map(st -> new StatementView(
                        st.said().speaker().name(),
                        st.said().speaker().role(),
                        st.said().speaker().party(),
                        st.said().quote(),
                        st.said().paraphrase(),
                        st.ref().occurredOn().toString(),
                        st.ref().source().publisher(),
                        Names.lower(st.ref().confidence()),
                        st.ref().sources().size()))
                .toList();
    }
}
