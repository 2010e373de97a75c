package io.negotiationtracker.domain;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.ConcessionMade;
import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueMarkedBlocking;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.PositionStated;
import io.negotiationtracker.events.ProposalAnswered;
import io.negotiationtracker.events.ProposalMade;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TargetSettled;
import io.negotiationtracker.events.TariffAnnounced;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffLifted;
import io.negotiationtracker.events.TariffSuspended;
import io.negotiationtracker.events.TariffThreatened;
import java.util.List;
import java.util.Optional;

/**
 * {@code decide(state, event)}: may this event be recorded, given what the negotiation's stream already says? Pure:
 * no clock, no I/O. Returns the violated rule, or empty when the event is accepted.
 */
public final class Decide {
    private Decide() {}

    public static Optional<RuleViolation> decide(NegotiationState state, ProposedEvent proposed) {
        NegotiationEvent event = proposed.data();
        if (!state.opened() && !(event instanceof NegotiationOpened))
            return fail(
                    "type",
                    "the negotiation '" + state.negotiationId()
                            + "' has not been opened: its first event must be NegotiationOpened");
        return rule(state, event).or(() -> links(state, proposed.links()));
    }

    private static Optional<RuleViolation> rule(NegotiationState state, NegotiationEvent event) {
        return switch (event) {
            case NegotiationOpened o ->
                state.opened() ? fail("type", "the negotiation is already opened") : partiesOf(o.leads(), state, o);
            case RoundHeld r ->
                state.rounds().containsKey(r.roundId())
                        ? fail("data.roundId", "round '" + r.roundId() + "' is already recorded")
                        : people(r.participants(), state, "data.participants").or(() -> capped(state, r));
            case RoundCancelled c -> roundCancellable(state, c);
            case IssueOpened i ->
                state.issues().containsKey(i.issueId())
                        ? fail("data.issueId", "issue '" + i.issueId() + "' is already open")
                        : i.raisedBy() == null ? ok() : party(state, i.raisedBy(), "data.raisedBy");
            case IssueClosed c -> issueClosable(state, c);
            case TariffThreatened t ->
                tariffTerms(state, t.measureId(), t.imposedBy(), t.target(), t.product())
                        .or(() -> TariffRules.ceilingAboveKnownRate(
                                state, t.measureId(), t.ratePercent(), t.rateQualifier()));
            case TariffImposed t ->
                TariffRules.notYetDecided(state, t.measureId())
                        .or(() -> tariffTerms(state, t.measureId(), t.imposedBy(), t.target(), t.product()));
            case TariffAnnounced t ->
                TariffRules.notYetDecided(state, t.measureId())
                        .or(() -> tariffTerms(state, t.measureId(), t.imposedBy(), t.target(), t.product()));
            case TariffChanged t -> TariffRules.exists(state, t.measureId());
            case TariffSuspended t -> TariffRules.suspendable(state, t);
            case TariffLifted t -> TariffRules.liftable(state, t.measureId());
            case DeadlineSet d ->
                state.deadlines().containsKey(d.deadlineId())
                        ? fail(
                                "data.deadlineId",
                                "deadline '" + d.deadlineId() + "' already exists: record a DeadlineChanged")
                        : deadlineTerms(state, d);
            case TargetSettled t -> targetSettleable(state, t);
            case PositionStated p ->
                existingIssue(state, p.issueId(), "data.issueId").or(() -> party(state, p.party(), "data.party"));
            case IssueMarkedBlocking b ->
                existingIssue(state, b.issueId(), "data.issueId")
                        .or(() -> state.issues().get(b.issueId()).isOpen()
                                ? ok()
                                : fail("data.issueId", "issue '" + b.issueId() + "' is closed"));
            case ProposalMade p ->
                state.proposals().containsKey(p.proposalId())
                        ? fail("data.proposalId", "proposal '" + p.proposalId() + "' is already recorded")
                        : party(state, p.party(), "data.party")
                                .or(() -> existingIssues(state, p.aboutIssues(), "data.issues"));
            case ProposalAnswered a -> answerable(state, a);
            case ConcessionMade c ->
                party(state, c.party(), "data.party")
                        .or(() -> c.issueId() == null ? ok() : existingIssue(state, c.issueId(), "data.issueId"));
            case DeadlineChanged d -> deadlineChangeable(state, d);
            case DeadlineChangeSignaled d ->
                !state.deadlines().containsKey(d.deadlineId())
                        ? fail("data.deadlineId", "deadline '" + d.deadlineId() + "' does not exist")
                        : state.deadlines().get(d.deadlineId()).cancelled()
                                ? fail("data.deadlineId", "deadline '" + d.deadlineId() + "' is cancelled")
                                : ok();
            case StatementMade m -> person(state, m.speaker(), "data.speaker");
            case AgreementReached a -> agreement(state, a);
            case Correction c -> CorrectionRules.check(state.ledger(), c);
        };
    }

    private static Optional<RuleViolation> capped(NegotiationState state, RoundHeld r) {
        for (int i = 0; i < r.cappedRounds().size(); i++) {
            Round capped = state.rounds().get(r.cappedRounds().get(i));
            if (capped == null || !capped.wasHeld())
                return fail(
                        "data.caps[" + i + "]",
                        "round '" + r.cappedRounds().get(i) + "' was not held in this negotiation");
        }
        return ok();
    }

    private static Optional<RuleViolation> deadlineTerms(NegotiationState state, DeadlineSet d) {
        if (d.owner() != null) {
            var owner = party(state, d.owner(), "data.owner");
            if (owner.isPresent()) return owner;
        }
        for (int i = 0; i < d.governedMeasures().size(); i++) {
            if (!state.tariffs().containsKey(d.governedMeasures().get(i)))
                return fail(
                        "data.governs[" + i + "]",
                        "measure '" + d.governedMeasures().get(i) + "' does not exist in this negotiation");
        }
        return ok();
    }

    private static Optional<RuleViolation> targetSettleable(NegotiationState state, TargetSettled t) {
        Deadline d = state.deadlines().get(t.deadlineId());
        if (d == null) return fail("data.deadlineId", "deadline '" + t.deadlineId() + "' does not exist");
        if (!d.isTarget())
            return fail(
                    "data.deadlineId",
                    "deadline '" + t.deadlineId() + "' is a "
                            + d.deadlineClass().name().toLowerCase() + " date, not a target");
        if (d.settled() != null)
            return fail(
                    "data.deadlineId",
                    "target '" + t.deadlineId() + "' is already settled ("
                            + d.settled().outcome().name().toLowerCase() + ")");
        return ok();
    }

    private static Optional<RuleViolation> answerable(NegotiationState state, ProposalAnswered a) {
        Proposal p = state.proposals().get(a.proposalId());
        if (p == null) return fail("data.proposalId", "proposal '" + a.proposalId() + "' does not exist");
        if (p.made() != null && p.made().party().equals(a.party()))
            return fail("data.party", "a party cannot answer its own proposal");
        return party(state, a.party(), "data.party");
    }

    private static Optional<RuleViolation> existingIssue(NegotiationState state, String id, String field) {
        return state.issues().containsKey(id)
                ? ok()
                : fail(field, "issue '" + id + "' does not exist in this negotiation");
    }

    private static Optional<RuleViolation> existingIssues(NegotiationState state, List<String> ids, String field) {
        for (int i = 0; i < ids.size(); i++) {
            var v = existingIssue(state, ids.get(i), field + "[" + i + "]");
            if (v.isPresent()) return v;
        }
        return ok();
    }

    /** Every issue, measure and deadline an event links to must exist in the negotiation. */
    private static Optional<RuleViolation> links(NegotiationState state, Links links) {
        for (int i = 0; i < links.issues().size(); i++)
            if (!state.issues().containsKey(links.issues().get(i)))
                return fail(
                        "links.issues[" + i + "]",
                        "issue '" + links.issues().get(i) + "' does not exist in this negotiation");
        for (int i = 0; i < links.measures().size(); i++)
            if (!state.tariffs().containsKey(links.measures().get(i)))
                return fail(
                        "links.measures[" + i + "]",
                        "measure '" + links.measures().get(i) + "' does not exist in this negotiation");
        for (int i = 0; i < links.deadlines().size(); i++)
            if (!state.deadlines().containsKey(links.deadlines().get(i)))
                return fail(
                        "links.deadlines[" + i + "]",
                        "deadline '" + links.deadlines().get(i) + "' does not exist in this negotiation");
        return ok();
    }

    private static Optional<RuleViolation> roundCancellable(NegotiationState state, RoundCancelled c) {
        Round r = state.rounds().get(c.roundId());
        if (r == null) return ok();
        if (r.cancelled()) return fail("data.roundId", "round '" + c.roundId() + "' is already cancelled");
        return fail("data.roundId", "round '" + c.roundId() + "' was held; a held round cannot be cancelled");
    }

    private static Optional<RuleViolation> issueClosable(NegotiationState state, IssueClosed c) {
        Issue i = state.issues().get(c.issueId());
        if (i == null) return fail("data.issueId", "issue '" + c.issueId() + "' does not exist");
        if (!i.isOpen())
            return fail(
                    "data.issueId",
                    "issue '" + c.issueId() + "' is already closed ("
                            + i.outcome().name().toLowerCase() + ")");
        return ok();
    }

    private static Optional<RuleViolation> deadlineChangeable(NegotiationState state, DeadlineChanged c) {
        Deadline d = state.deadlines().get(c.deadlineId());
        if (d == null)
            return fail(
                    "data.deadlineId", "deadline '" + c.deadlineId() + "' does not exist: record a DeadlineSet first");
        if (d.cancelled() && c.cancelled())
            return fail("data.cancelled", "deadline '" + c.deadlineId() + "' is already cancelled");
        var current = d.cancelled() ? d.lastDueOn() : d.dueOn();
        if (!current.equals(c.previousDueOn()))
            return fail(
                    "data.previousDueOn",
                    "deadline '" + c.deadlineId() + "' is due " + current + ", not " + c.previousDueOn()
                            + (d.cancelled() ? " (it is cancelled)" : ""));
        return ok();
    }

    private static Optional<RuleViolation> tariffTerms(
            NegotiationState state, String id, String by, String target, String product) {
        TariffMeasure m = state.tariffs().get(id);
        if (m != null
                && m.imposedBy() != null
                && !(m.imposedBy().equals(by)
                        && java.util.Objects.equals(m.target(), target)
                        && m.product().equals(product)))
            return fail(
                    "data.measureId",
                    "measure '" + id + "' is " + m.imposedBy() + " on " + (m.target() == null ? "everyone" : m.target())
                            + " (" + m.product() + "); use another measureId for other terms");
        return party(state, by, "data.imposedBy").or(() -> target == null ? ok() : party(state, target, "data.target"));
    }

    private static Optional<RuleViolation> agreement(NegotiationState state, AgreementReached a) {
        if (state.agreements().stream().anyMatch(x -> x.terms().agreementId().equals(a.agreementId())))
            return fail("data.agreementId", "agreement '" + a.agreementId() + "' is already recorded");
        for (int i = 0; i < a.settlesIssues().size(); i++) {
            if (!state.issues().containsKey(a.settlesIssues().get(i)))
                return fail(
                        "data.settlesIssues[" + i + "]",
                        "issue '" + a.settlesIssues().get(i) + "' does not exist");
        }
        return ok();
    }

    private static Optional<RuleViolation> partiesOf(List<Person> leads, NegotiationState state, NegotiationOpened o) {
        for (int i = 0; i < leads.size(); i++) {
            String party = leads.get(i).party();
            if (o.parties().stream().noneMatch(p -> p.code().equals(party)))
                return fail("data.leads[" + i + "].party", "'" + party + "' is not one of the parties");
        }
        return ok();
    }

    private static Optional<RuleViolation> people(List<Person> people, NegotiationState state, String field) {
        for (int i = 0; i < people.size(); i++) {
            var v = person(state, people.get(i), field + "[" + i + "]");
            if (v.isPresent()) return v;
        }
        return ok();
    }

    private static Optional<RuleViolation> person(NegotiationState state, Person p, String field) {
        return party(state, p.party(), field + ".party");
    }

    private static Optional<RuleViolation> party(NegotiationState state, String code, String field) {
        return state.parties().containsKey(code)
                ? ok()
                : fail(
                        field,
                        "'" + code + "' is not a party to this negotiation (parties: "
                                + String.join(", ", state.parties().keySet()) + ")");
    }

    static Optional<RuleViolation> ok() {
        return Optional.empty();
    }

    static Optional<RuleViolation> fail(String field, String message) {
        return Optional.of(new RuleViolation(field, message));
    }
}
