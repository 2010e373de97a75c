package io.negotiationtracker.domain;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.ConcessionMade;
import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueMarkedBlocking;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.IssueOutcome;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.PositionStated;
import io.negotiationtracker.events.ProposalAnswered;
import io.negotiationtracker.events.ProposalMade;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TargetSettled;
import io.negotiationtracker.events.TariffAnnounced;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffLifted;
import io.negotiationtracker.events.TariffSuspended;
import io.negotiationtracker.events.TariffTerms;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fold: {@code evolve(state, event)} is pure and total. It never refuses an event ({@link Decide} does that before
 * an event is stored), because views fold in world-date order, where a change may come before what it changes: a
 * placeholder stands in for what is not yet known and is filled in when its own event comes.
 */
public final class Evolve {
    private Evolve() {}

    /**
     * Folds a stream read through its {@link Corrections}: retracted events do not count, corrected ones count as
     * corrected. The ledger still lists every event of the stream, corrections included.
     */
    public static NegotiationState fold(String negotiationId, Iterable<EventEnvelope> events) {
        List<EventEnvelope> all = new ArrayList<>();
        events.forEach(all::add);
        return fold(negotiationId, Corrections.resolve(all), all);
    }

    /**
     * Folds facts already read through their corrections ({@link Corrections#resolve}), in the order given (a view
     * sorts them by world date once resolved, as a corrected date may move one), with the version and the ledger of
     * the whole stream they came from.
     */
    public static NegotiationState fold(String negotiationId, List<EventEnvelope> facts, List<EventEnvelope> stream) {
        NegotiationState state = NegotiationState.initial(negotiationId);
        for (EventEnvelope e : facts) state = evolve(state, e);
        if (facts == stream) return state;
        Ledger ledger = Ledger.EMPTY;
        long version = state.version();
        for (EventEnvelope e : stream) {
            ledger = ledger.plus(e);
            version = Math.max(version, e.version());
        }
        return state.withProvenance(state.references(), state.sources(), version)
                .withLedger(ledger);
    }

    /**
     * Whether folding this event onto a state already folded is not enough: a correction changes what came before it,
     * so a caller that folds one event at a time (a fold cache) folds the negotiation again from its stream.
     * {@link #evolve} records a correction in the ledger only.
     */
    public static boolean changesThePast(EventEnvelope e) {
        return e.data() instanceof Correction;
    }

    public static NegotiationState evolve(NegotiationState s, EventEnvelope e) {
        EventRef ref = EventRef.of(e);
        NegotiationState next = switch (e.data()) {
            case NegotiationOpened o -> opened(s, o, e.occurredOn());
            case RoundHeld r ->
                s.rounds().containsKey(r.roundId())
                                && s.rounds().get(r.roundId()).cancelled()
                        ? s
                        : s.withRounds(NegotiationState.put(
                                s.rounds(), r.roundId(), new Round(r.roundId(), r, false, null, ref)));
            case RoundCancelled c ->
                s.withRounds(NegotiationState.put(
                        s.rounds(), c.roundId(), cancel(s.rounds().get(c.roundId()), c, ref)));
            case IssueOpened i ->
                s.withIssues(NegotiationState.put(
                        s.issues(), i.issueId(), openIssue(s, s.issues().get(i.issueId()), i, ref)));
            case IssueClosed c -> updateIssue(s, c.issueId(), ref, issue -> issue.close(c.outcome(), c.summary(), ref));
            case IssueMarkedBlocking b ->
                updateIssue(s, b.issueId(), ref, issue -> issue.markedBlocking(b.blocking(), b.summary()));
            case PositionStated p ->
                updateIssue(
                        s,
                        p.issueId(),
                        ref,
                        issue -> issue.withPosition(new Position(p.party(), p.position(), p.summary(), ref)));
            case TariffAnnounced t ->
                tariff(s, t.measureId(), t.terms(), step(TariffStepKind.ANNOUNCED, t.terms(), t.summary(), ref));
            case TariffThreatened t ->
                tariff(s, t.measureId(), t.terms(), step(TariffStepKind.THREATENED, t.terms(), t.summary(), ref));
            case TariffImposed t ->
                tariff(s, t.measureId(), t.terms(), step(TariffStepKind.IMPOSED, t.terms(), t.summary(), ref));
            case TariffChanged t ->
                tariff(
                        s,
                        t.measureId(),
                        null,
                        new TariffStep(
                                TariffStepKind.CHANGED,
                                t.ratePercent(),
                                t.rateQualifier(),
                                t.basis(),
                                t.effectiveOn(),
                                null,
                                t.reason(),
                                ref));
            case TariffSuspended t ->
                tariff(
                        s,
                        t.measureId(),
                        null,
                        new TariffStep(
                                TariffStepKind.SUSPENDED,
                                t.ratePercent(),
                                t.rateQualifier(),
                                null,
                                t.effectiveOn(),
                                t.untilDeadlineId(),
                                t.summary(),
                                ref));
            case TariffLifted t ->
                tariff(
                        s,
                        t.measureId(),
                        null,
                        new TariffStep(
                                TariffStepKind.LIFTED,
                                BigDecimal.ZERO,
                                null,
                                null,
                                t.effectiveOn(),
                                null,
                                t.reason(),
                                ref));
            case DeadlineSet d ->
                s.withDeadlines(NegotiationState.put(
                        s.deadlines(), d.deadlineId(), setDeadline(s.deadlines().get(d.deadlineId()), d, ref)));
            case DeadlineChanged d ->
                s.withDeadlines(NegotiationState.put(
                        s.deadlines(), d.deadlineId(), change(deadline(s, d.deadlineId(), d.previousDueOn()), d, ref)));
            case DeadlineChangeSignaled d ->
                s.withDeadlines(NegotiationState.put(
                        s.deadlines(), d.deadlineId(), signal(deadline(s, d.deadlineId(), null), d, ref)));
            case TargetSettled t ->
                s.withDeadlines(NegotiationState.put(
                        s.deadlines(),
                        t.deadlineId(),
                        deadline(s, t.deadlineId(), null)
                                .settledBy(new Deadline.Settlement(t.outcome(), t.summary(), ref))));
            case ProposalMade p ->
                s.withProposals(NegotiationState.put(
                        s.proposals(), p.proposalId(), propose(s.proposals().get(p.proposalId()), p, ref)));
            case ProposalAnswered a ->
                s.withProposals(NegotiationState.put(
                        s.proposals(), a.proposalId(), answer(s.proposals().get(a.proposalId()), a, ref)));
            case ConcessionMade c -> s.withConcessions(append(s.concessions(), new Concession(c, ref)));
            case StatementMade m -> s.withStatements(append(s.statements(), new Statement(m, ref)));
            case AgreementReached a -> agreement(s, a, ref);
            case Correction c -> s; // about an earlier event: see fold and changesThePast
        };
        Set<io.negotiationtracker.events.Source> sources = new LinkedHashSet<>(next.sources());
        sources.addAll(e.sources());
        return next.withProvenance(
                        references(next.references(), e.links(), ref), sources, Math.max(next.version(), e.version()))
                .withLedger(next.ledger().plus(e));
    }

    private static NegotiationState opened(NegotiationState s, NegotiationOpened o, WorldDate on) {
        Map<String, Party> parties = new LinkedHashMap<>();
        o.parties().forEach(p -> parties.put(p.code(), p));
        return s.withOpening(on, o.title(), o.summary(), parties);
    }

    private static Round cancel(Round existing, RoundCancelled c, EventRef ref) {
        return new Round(c.roundId(), existing == null ? null : existing.held(), true, c.reason(), ref);
    }

    /** An issue whose closing sorts before its opening (world-date order) stays closed; the opening fills in what it says. */
    private static Issue openIssue(NegotiationState s, Issue existing, IssueOpened i, EventRef ref) {
        if (existing != null) return existing.describedBy(i.title(), i.raisedBy(), i.summary(), ref);
        Issue opened = Issue.open(i.issueId(), i.title(), i.raisedBy(), i.summary(), ref);
        return s.agreements().stream()
                .filter(a -> a.terms().settlesIssues().contains(i.issueId()))
                .findFirst()
                .map(a -> opened.close(IssueOutcome.RESOLVED, a.terms().summary(), a.ref()))
                .orElse(opened);
    }

    private static NegotiationState updateIssue(
            NegotiationState s, String id, EventRef ref, java.util.function.UnaryOperator<Issue> change) {
        Issue issue = s.issues().get(id);
        if (issue == null) issue = Issue.open(id, id, null, null, ref);
        return s.withIssues(NegotiationState.put(s.issues(), id, change.apply(issue)));
    }

    /**
     * A deadline set after changes that sort before it in world-date order (a placeholder) keeps those changes: the
     * setting goes first in its history, and the date stays where the changes moved it.
     */
    private static Deadline setDeadline(Deadline placeholder, DeadlineSet d, EventRef ref) {
        DeadlineChange set = new DeadlineChange(DeadlineChangeKind.SET, null, d.dueOn(), d.summary(), ref);
        if (placeholder == null)
            return new Deadline(
                    d.deadlineId(),
                    d.title(),
                    d.effectiveClass(),
                    d.kind(),
                    d.owner(),
                    d.governedMeasures(),
                    d.summary(),
                    d.dueOn(),
                    d.dueOn(),
                    false,
                    List.of(set),
                    null);
        List<DeadlineChange> history = new ArrayList<>(List.of(set));
        history.addAll(placeholder.history());
        boolean moved = placeholder.history().stream().anyMatch(c -> c.kind() != DeadlineChangeKind.SIGNALLED);
        WorldDate due = moved ? placeholder.dueOn() : d.dueOn();
        WorldDate last = moved ? placeholder.lastDueOn() : d.dueOn();
        return new Deadline(
                d.deadlineId(),
                d.title(),
                d.effectiveClass(),
                d.kind(),
                d.owner(),
                d.governedMeasures(),
                d.summary(),
                due,
                last,
                placeholder.cancelled(),
                history,
                placeholder.settled());
    }

    private static Deadline deadline(NegotiationState s, String id, WorldDate assumedDue) {
        Deadline d = s.deadlines().get(id);
        return d != null ? d : Deadline.placeholder(id, assumedDue);
    }

    private static Deadline change(Deadline d, DeadlineChanged c, EventRef ref) {
        if (c.cancelled())
            return d.with(
                    null,
                    true,
                    new DeadlineChange(DeadlineChangeKind.CANCELLED, c.previousDueOn(), null, c.reason(), ref));
        DeadlineChangeKind kind =
                d.cancelled() ? DeadlineChangeKind.REINSTATED : DeadlineChangeKind.move(c.previousDueOn(), c.dueOn());
        return d.with(c.dueOn(), false, new DeadlineChange(kind, c.previousDueOn(), c.dueOn(), c.reason(), ref));
    }

    private static Deadline signal(Deadline d, DeadlineChangeSignaled signal, EventRef ref) {
        return d.with(
                d.dueOn(),
                d.cancelled(),
                new DeadlineChange(
                        DeadlineChangeKind.SIGNALLED,
                        d.dueOn(),
                        signal.proposedDueOn(),
                        signal.summary(),
                        ref,
                        signal.direction()));
    }

    private static TariffStep step(TariffStepKind kind, TariffTerms t, String note, EventRef ref) {
        return new TariffStep(kind, t.ratePercent(), t.rateQualifier(), t.basis(), t.effectiveOn(), null, note, ref);
    }

    /** Adds a step; the terms (who, on whom, what) come from the first event that gives them. */
    private static NegotiationState tariff(NegotiationState s, String id, TariffTerms terms, TariffStep step) {
        TariffMeasure m = s.tariffs().get(id);
        if (m == null) m = new TariffMeasure(id, null, null, null, null, null, List.of(), List.of());
        if (m.imposedBy() == null && terms != null)
            m = new TariffMeasure(
                    id,
                    terms.imposedBy(),
                    terms.target(),
                    terms.product(),
                    terms.scope(),
                    terms.legalBasis(),
                    terms.productCodes(),
                    m.steps());
        return s.withTariffs(NegotiationState.put(s.tariffs(), id, m.with(step)));
    }

    private static Proposal propose(Proposal existing, ProposalMade p, EventRef ref) {
        return new Proposal(p.proposalId(), p, ref, existing == null ? List.of() : existing.answers());
    }

    private static Proposal answer(Proposal existing, ProposalAnswered a, EventRef ref) {
        Proposal p = existing != null ? existing : new Proposal(a.proposalId(), null, ref, List.of());
        return p.answered(new Proposal.Answer(a.party(), a.answer(), a.summary(), ref));
    }

    private static NegotiationState agreement(NegotiationState s, AgreementReached a, EventRef ref) {
        Map<String, Issue> issues = new LinkedHashMap<>(s.issues());
        for (String id : a.settlesIssues()) {
            Issue i = issues.get(id);
            if (i != null && i.isOpen()) issues.put(id, i.close(IssueOutcome.RESOLVED, a.summary(), ref));
        }
        return s.withAgreements(append(s.agreements(), new Agreement(a, ref)), issues);
    }

    private static Map<Subject, List<EventRef>> references(
            Map<Subject, List<EventRef>> current, Links links, EventRef ref) {
        if (links.none()) return current;
        Map<Subject, List<EventRef>> all = new LinkedHashMap<>(current);
        links.issues().forEach(id -> all.merge(Subject.issue(id), List.of(ref), Evolve::concat));
        links.measures().forEach(id -> all.merge(Subject.measure(id), List.of(ref), Evolve::concat));
        links.deadlines().forEach(id -> all.merge(Subject.deadline(id), List.of(ref), Evolve::concat));
        return all;
    }

    private static List<EventRef> concat(List<EventRef> a, List<EventRef> b) {
        List<EventRef> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static <T> List<T> append(List<T> list, T item) {
        return AppendOnlyList.of(list).plus(item);
    }
}
