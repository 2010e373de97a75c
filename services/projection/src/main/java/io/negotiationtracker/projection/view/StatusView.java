package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.Issue;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Round;
import io.negotiationtracker.domain.Statement;
import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.RoundHeld;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's status of one negotiation, rendered from its folded state for a given day ({@code today}: the day
 * that decides which tariffs are in force and how many days are left).
 */
public record StatusView(String negotiationId, String title, List<Party> parties, long version, LocalDate today,
                         RoundsSummary rounds, IssuesSummary issues, List<DeadlineView> deadlines, NextDeadline nextDeadline,
                         TariffsSummary tariffs, List<AgreementView> agreements, List<StatementView> recentStatements,
                         int sourcesCited) {

    public static final int RECENT_STATEMENTS = 5;

    public record RoundsSummary(int total, Map<String, Integer> byLevel, Map<String, Integer> byFormat,
                                Map<String, Integer> highestRoundNumber, RoundView last, int cancelled) {}

    public record RoundView(String roundId, String level, String format, Integer roundNumber, String location, String occurredOn,
                            Integer durationMinutes, String outcome, String summary) {}

    public record IssuesSummary(List<IssueView> open, List<IssueView> closed) {}

    public record IssueView(String issueId, String title, String raisedBy, String since, String outcome, String closedOn, String summary) {}

    public record DeadlineView(String deadlineId, String title, String kind, String dueOn, boolean cancelled, int revision,
                               List<ChangeView> history) {}

    public record ChangeView(String kind, String from, String to, String occurredOn, String recordedAt, String note, String confidence,
                             String publisher) {}

    public record NextDeadline(String deadlineId, String title, String dueOn, long daysLeft, boolean changeSignalled) {}

    public record TariffsSummary(List<TariffView> inForce, List<TariffView> threatened) {}

    public record TariffView(String measureId, String imposedBy, String target, String product, String ratePercent, String basis,
                             String effectiveOn, String note) {}

    public record AgreementView(String agreementId, String scope, String summary, List<String> settlesIssues, String occurredOn) {}

    public record StatementView(String speaker, String role, String party, String quote, String occurredOn, String publisher) {}

    public static StatusView of(NegotiationState s, LocalDate today) {
        return new StatusView(s.negotiationId(), s.title(), List.copyOf(s.parties().values()), s.version(), today,
                rounds(s), issues(s), s.deadlines().values().stream().map(StatusView::deadline).toList(), next(s, today),
                tariffs(s, today), s.agreements().stream().map(a -> new AgreementView(a.terms().agreementId(), lower(a.terms().scope()),
                        a.terms().summary(), a.terms().settlesIssues(), a.ref().occurredOn().toString())).toList(),
                recent(s.statements()), s.sources().size());
    }

    private static RoundsSummary rounds(NegotiationState s) {
        List<Round> held = s.rounds().values().stream().filter(Round::wasHeld).toList();
        Map<String, Integer> byLevel = new LinkedHashMap<>(Map.of("summit", 0, "ministerial", 0, "working", 0));
        Map<String, Integer> byFormat = new LinkedHashMap<>(Map.of("in_person", 0, "phone", 0, "virtual", 0));
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (Round r : held) {
            byLevel.merge(lower(r.held().level()), 1, Integer::sum);
            byFormat.merge(lower(r.held().format()), 1, Integer::sum);
            if (r.held().roundNumber() != null) highest.merge(lower(r.held().level()), r.held().roundNumber(), Math::max);
        }
        RoundView last = held.stream().max(Comparator.comparing((Round r) -> r.ref().occurredOn()).thenComparing(r -> r.ref().version()))
                .map(StatusView::round).orElse(null);
        int cancelled = (int) s.rounds().values().stream().filter(Round::cancelled).count();
        return new RoundsSummary(held.size(), byLevel, byFormat, highest, last, cancelled);
    }

    public static RoundView round(Round r) {
        RoundHeld h = r.held();
        return new RoundView(r.roundId(), lower(h.level()), lower(h.format()), h.roundNumber(), h.location(), r.ref().occurredOn().toString(),
                h.durationMinutes(), lower(h.outcome()), h.summary());
    }

    private static IssuesSummary issues(NegotiationState s) {
        return new IssuesSummary(s.issues().values().stream().filter(Issue::isOpen).map(StatusView::issue).toList(),
                s.issues().values().stream().filter(i -> !i.isOpen()).map(StatusView::issue).toList());
    }

    public static IssueView issue(Issue i) {
        return new IssueView(i.issueId(), i.title(), i.raisedBy(), i.opened().occurredOn().toString(),
                i.outcome() == null ? null : lower(i.outcome()), i.closed() == null ? null : i.closed().occurredOn().toString(),
                i.closingSummary() != null ? i.closingSummary() : i.summary());
    }

    public static DeadlineView deadline(Deadline d) {
        return new DeadlineView(d.deadlineId(), d.title(), lower(d.kind()), str(d.dueOn()), d.cancelled(), d.revision(),
                d.history().stream().map(StatusView::change).toList());
    }

    private static ChangeView change(DeadlineChange c) {
        return new ChangeView(lower(c.kind()), str(c.from()), str(c.to()), c.ref().occurredOn().toString(), c.ref().recordedAt().toString(),
                c.note(), lower(c.ref().confidence()), c.ref().source().publisher());
    }

    private static NextDeadline next(NegotiationState s, LocalDate today) {
        Optional<Deadline> next = s.deadlines().values().stream()
                .filter(d -> !d.cancelled() && d.dueOn() != null && !d.dueOn().latest().isBefore(today))
                .min(Comparator.comparing(Deadline::dueOn));
        return next.map(d -> new NextDeadline(d.deadlineId(), d.title(), d.dueOn().toString(),
                ChronoUnit.DAYS.between(today, d.dueOn().earliest()), signalledSinceLastMove(d))).orElse(null);
    }

    private static boolean signalledSinceLastMove(Deadline d) {
        List<DeadlineChange> h = d.history();
        return !h.isEmpty() && h.get(h.size() - 1).kind() == io.negotiationtracker.domain.DeadlineChangeKind.SIGNALLED;
    }

    private static TariffsSummary tariffs(NegotiationState s, LocalDate today) {
        List<TariffView> inForce = s.tariffs().values().stream().flatMap(m -> m.inForceOn(today).stream().map(step ->
                tariff(m, step.ratePercent(), step.basis(), step.appliesFrom().toString(), step.note()))).toList();
        List<TariffView> threatened = s.tariffs().values().stream().flatMap(m -> m.pendingThreat().stream().map(step ->
                tariff(m, step.ratePercent(), step.basis(), str(step.effectiveOn()), step.note()))).toList();
        return new TariffsSummary(inForce, threatened);
    }

    private static TariffView tariff(TariffMeasure m, java.math.BigDecimal rate, Enum<?> basis, String effectiveOn, String note) {
        return new TariffView(m.measureId(), m.imposedBy(), m.target(), m.product(), rate == null ? null : rate.stripTrailingZeros().toPlainString(),
                basis == null ? null : lower(basis), effectiveOn, note);
    }

    private static List<StatementView> recent(List<Statement> statements) {
        return statements.stream().sorted(Comparator.comparing((Statement st) -> st.ref().occurredOn()).reversed()).limit(RECENT_STATEMENTS)
                .map(st -> new StatementView(st.said().speaker().name(), st.said().speaker().role(), st.said().speaker().party(),
                        st.said().quote(), st.ref().occurredOn().toString(), st.ref().source().publisher())).toList();
    }

    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase();
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
