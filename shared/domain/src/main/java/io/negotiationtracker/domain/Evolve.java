package io.negotiationtracker.domain;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.WorldDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fold: {@code evolve(state, event)} is pure and total. It never refuses an event ({@link Decide} does that before
 * an event is stored), because views fold in world-date order, where a change may come before what it changes.
 */
public final class Evolve {
    private Evolve() {}

    public static NegotiationState fold(String negotiationId, Iterable<EventEnvelope> events) {
        NegotiationState state = NegotiationState.initial(negotiationId);
        for (EventEnvelope e : events) state = evolve(state, e);
        return state;
    }

    public static NegotiationState evolve(NegotiationState s, EventEnvelope e) {
        EventRef ref = EventRef.of(e);
        NegotiationState next = switch (e.data()) {
            case NegotiationOpened o -> opened(s, o);
            case RoundHeld r -> s.rounds().containsKey(r.roundId()) && s.rounds().get(r.roundId()).cancelled()
                    ? s : rounds(s, NegotiationState.put(s.rounds(), r.roundId(), new Round(r.roundId(), r, false, null, ref)));
            case RoundCancelled c -> rounds(s, NegotiationState.put(s.rounds(), c.roundId(), cancel(s.rounds().get(c.roundId()), c, ref)));
            case IssueOpened i -> issues(s, NegotiationState.put(s.issues(), i.issueId(), openIssue(s, s.issues().get(i.issueId()), i, ref)));
            case IssueClosed c -> issues(s, NegotiationState.put(s.issues(), c.issueId(), closeIssue(s.issues().get(c.issueId()), c, ref)));
            case TariffThreatened t -> tariff(s, t.measureId(), t.imposedBy(), t.target(), t.product(),
                    new TariffStep(TariffStepKind.THREATENED, t.ratePercent(), t.basis(), t.effectiveOn(), t.summary(), ref));
            case TariffImposed t -> tariff(s, t.measureId(), t.imposedBy(), t.target(), t.product(),
                    new TariffStep(TariffStepKind.IMPOSED, t.ratePercent(), t.basis(), t.effectiveOn(), t.summary(), ref));
            case TariffChanged t -> tariff(s, t.measureId(), null, null, null,
                    new TariffStep(TariffStepKind.CHANGED, t.ratePercent(), t.basis(), t.effectiveOn(), t.reason(), ref));
            case DeadlineSet d -> deadlines(s, NegotiationState.put(s.deadlines(), d.deadlineId(), setDeadline(s.deadlines().get(d.deadlineId()), d, ref)));
            case DeadlineChanged d -> deadlines(s, NegotiationState.put(s.deadlines(), d.deadlineId(), change(deadline(s, d.deadlineId(), d.previousDueOn()), d, ref)));
            case DeadlineChangeSignaled d -> deadlines(s, NegotiationState.put(s.deadlines(), d.deadlineId(), signal(deadline(s, d.deadlineId(), null), d, ref)));
            case StatementMade m -> statements(s, append(s.statements(), new Statement(m, ref)));
            case AgreementReached a -> agreement(s, a, ref);
        };
        Set<io.negotiationtracker.events.Source> sources = new LinkedHashSet<>(next.sources());
        sources.add(e.source());
        return new NegotiationState(next.negotiationId(), next.opened(), next.title(), next.summary(), next.parties(), next.rounds(),
                next.issues(), next.tariffs(), next.deadlines(), next.agreements(), next.statements(), sources,
                Math.max(next.version(), e.version()));
    }

    private static NegotiationState opened(NegotiationState s, NegotiationOpened o) {
        Map<String, Party> parties = new LinkedHashMap<>();
        o.parties().forEach(p -> parties.put(p.code(), p));
        return new NegotiationState(s.negotiationId(), true, o.title(), o.summary(), parties, s.rounds(), s.issues(), s.tariffs(),
                s.deadlines(), s.agreements(), s.statements(), s.sources(), s.version());
    }

    private static Round cancel(Round existing, RoundCancelled c, EventRef ref) {
        return new Round(c.roundId(), existing == null ? null : existing.held(), true, c.reason(), ref);
    }

    /** An issue whose closing sorts before its opening (world-date order) stays closed; the opening fills in what it says. */
    private static Issue openIssue(NegotiationState s, Issue existing, IssueOpened i, EventRef ref) {
        if (existing != null && !existing.isOpen())
            return new Issue(i.issueId(), i.title(), i.raisedBy(), i.summary(), ref, existing.outcome(), existing.closingSummary(), existing.closed());
        Issue opened = new Issue(i.issueId(), i.title(), i.raisedBy(), i.summary(), ref, null, null, null);
        return s.agreements().stream().filter(a -> a.terms().settlesIssues().contains(i.issueId())).findFirst()
                .map(a -> opened.close(io.negotiationtracker.events.IssueOutcome.RESOLVED, a.terms().summary(), a.ref())).orElse(opened);
    }

    /**
     * A deadline set after changes that sort before it in world-date order (a placeholder) keeps those changes: the
     * setting goes first in its history, and the date stays where the changes moved it.
     */
    private static Deadline setDeadline(Deadline placeholder, DeadlineSet d, EventRef ref) {
        DeadlineChange set = new DeadlineChange(DeadlineChangeKind.SET, null, d.dueOn(), d.summary(), ref);
        if (placeholder == null) return new Deadline(d.deadlineId(), d.title(), d.kind(), d.dueOn(), d.dueOn(), false, List.of(set));
        List<DeadlineChange> history = new java.util.ArrayList<>(List.of(set));
        history.addAll(placeholder.history());
        boolean moved = placeholder.history().stream().anyMatch(c -> c.kind() != DeadlineChangeKind.SIGNALLED);
        WorldDate due = moved ? placeholder.dueOn() : d.dueOn();
        WorldDate last = moved ? placeholder.lastDueOn() : d.dueOn();
        return new Deadline(d.deadlineId(), d.title(), d.kind(), due, last, placeholder.cancelled(), history);
    }

    private static Issue closeIssue(Issue existing, IssueClosed c, EventRef ref) {
        Issue issue = existing != null ? existing : new Issue(c.issueId(), c.issueId(), null, null, ref, null, null, null);
        return issue.close(c.outcome(), c.summary(), ref);
    }

    private static Deadline deadline(NegotiationState s, String id, WorldDate assumedDue) {
        Deadline d = s.deadlines().get(id);
        return d != null ? d : new Deadline(id, id, io.negotiationtracker.events.DeadlineKind.HARD, assumedDue, assumedDue, false, List.of());
    }

    private static Deadline change(Deadline d, DeadlineChanged c, EventRef ref) {
        if (c.cancelled()) return d.with(null, true, new DeadlineChange(DeadlineChangeKind.CANCELLED, c.previousDueOn(), null, c.reason(), ref));
        DeadlineChangeKind kind = d.cancelled() ? DeadlineChangeKind.REINSTATED
                : c.dueOn().compareTo(c.previousDueOn()) > 0 ? DeadlineChangeKind.EXTENDED : DeadlineChangeKind.ADVANCED;
        return d.with(c.dueOn(), false, new DeadlineChange(kind, c.previousDueOn(), c.dueOn(), c.reason(), ref));
    }

    private static Deadline signal(Deadline d, DeadlineChangeSignaled signal, EventRef ref) {
        return d.with(d.dueOn(), d.cancelled(), new DeadlineChange(DeadlineChangeKind.SIGNALLED, d.dueOn(), signal.proposedDueOn(), signal.summary(), ref));
    }

    private static NegotiationState tariff(NegotiationState s, String id, String by, String target, String product, TariffStep step) {
        TariffMeasure m = s.tariffs().get(id);
        if (m == null) m = new TariffMeasure(id, by, target, product, List.of());
        else if (m.imposedBy() == null && by != null) m = new TariffMeasure(id, by, target, product, m.steps());
        return tariffs(s, NegotiationState.put(s.tariffs(), id, m.with(step)));
    }

    private static NegotiationState agreement(NegotiationState s, AgreementReached a, EventRef ref) {
        Map<String, Issue> issues = new LinkedHashMap<>(s.issues());
        for (String id : a.settlesIssues()) {
            Issue i = issues.get(id);
            if (i != null && i.isOpen()) issues.put(id, i.close(io.negotiationtracker.events.IssueOutcome.RESOLVED, a.summary(), ref));
        }
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), s.rounds(), issues, s.tariffs(),
                s.deadlines(), append(s.agreements(), new Agreement(a, ref)), s.statements(), s.sources(), s.version());
    }

    private static NegotiationState rounds(NegotiationState s, Map<String, Round> rounds) {
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), rounds, s.issues(), s.tariffs(),
                s.deadlines(), s.agreements(), s.statements(), s.sources(), s.version());
    }

    private static NegotiationState issues(NegotiationState s, Map<String, Issue> issues) {
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), s.rounds(), issues, s.tariffs(),
                s.deadlines(), s.agreements(), s.statements(), s.sources(), s.version());
    }

    private static NegotiationState tariffs(NegotiationState s, Map<String, TariffMeasure> tariffs) {
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), s.rounds(), s.issues(), tariffs,
                s.deadlines(), s.agreements(), s.statements(), s.sources(), s.version());
    }

    private static NegotiationState deadlines(NegotiationState s, Map<String, Deadline> deadlines) {
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), s.rounds(), s.issues(), s.tariffs(),
                deadlines, s.agreements(), s.statements(), s.sources(), s.version());
    }

    private static NegotiationState statements(NegotiationState s, List<Statement> statements) {
        return new NegotiationState(s.negotiationId(), s.opened(), s.title(), s.summary(), s.parties(), s.rounds(), s.issues(), s.tariffs(),
                s.deadlines(), s.agreements(), statements, s.sources(), s.version());
    }

    private static <T> List<T> append(List<T> list, T item) {
        return AppendOnlyList.of(list).plus(item);
    }
}
