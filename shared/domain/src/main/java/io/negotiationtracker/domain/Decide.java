package io.negotiationtracker.domain;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
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
            return fail("type", "the negotiation '" + state.negotiationId() + "' has not been opened: its first event must be NegotiationOpened");
        return switch (event) {
            case NegotiationOpened o -> state.opened() ? fail("type", "the negotiation is already opened") : partiesOf(o.leads(), state, o);
            case RoundHeld r -> state.rounds().containsKey(r.roundId())
                    ? fail("data.roundId", "round '" + r.roundId() + "' is already recorded") : people(r.participants(), state, "data.participants");
            case RoundCancelled c -> roundCancellable(state, c);
            case IssueOpened i -> state.issues().containsKey(i.issueId()) ? fail("data.issueId", "issue '" + i.issueId() + "' is already open")
                    : i.raisedBy() == null ? ok() : party(state, i.raisedBy(), "data.raisedBy");
            case IssueClosed c -> issueClosable(state, c);
            case TariffThreatened t -> tariffTerms(state, t.measureId(), t.imposedBy(), t.target(), t.product());
            case TariffImposed t -> state.tariffs().containsKey(t.measureId()) && state.tariffs().get(t.measureId()).everImposed()
                    ? fail("data.measureId", "measure '" + t.measureId() + "' is already imposed: record a TariffChanged")
                    : tariffTerms(state, t.measureId(), t.imposedBy(), t.target(), t.product());
            case TariffChanged t -> state.tariffs().containsKey(t.measureId()) ? ok()
                    : fail("data.measureId", "measure '" + t.measureId() + "' does not exist: record TariffImposed or TariffThreatened first");
            case DeadlineSet d -> state.deadlines().containsKey(d.deadlineId())
                    ? fail("data.deadlineId", "deadline '" + d.deadlineId() + "' already exists: record a DeadlineChanged") : ok();
            case DeadlineChanged d -> deadlineChangeable(state, d);
            case DeadlineChangeSignaled d -> !state.deadlines().containsKey(d.deadlineId())
                    ? fail("data.deadlineId", "deadline '" + d.deadlineId() + "' does not exist")
                    : state.deadlines().get(d.deadlineId()).cancelled() ? fail("data.deadlineId", "deadline '" + d.deadlineId() + "' is cancelled") : ok();
            case StatementMade m -> person(state, m.speaker(), "data.speaker");
            case AgreementReached a -> agreement(state, a);
        };
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
        if (!i.isOpen()) return fail("data.issueId", "issue '" + c.issueId() + "' is already closed (" + i.outcome().name().toLowerCase() + ")");
        return ok();
    }

    private static Optional<RuleViolation> deadlineChangeable(NegotiationState state, DeadlineChanged c) {
        Deadline d = state.deadlines().get(c.deadlineId());
        if (d == null) return fail("data.deadlineId", "deadline '" + c.deadlineId() + "' does not exist: record a DeadlineSet first");
        if (d.cancelled() && c.cancelled()) return fail("data.cancelled", "deadline '" + c.deadlineId() + "' is already cancelled");
        var current = d.cancelled() ? d.lastDueOn() : d.dueOn();
        if (!current.equals(c.previousDueOn()))
            return fail("data.previousDueOn", "deadline '" + c.deadlineId() + "' is due " + current + ", not " + c.previousDueOn()
                    + (d.cancelled() ? " (it is cancelled)" : ""));
        return ok();
    }

    private static Optional<RuleViolation> tariffTerms(NegotiationState state, String id, String by, String target, String product) {
        TariffMeasure m = state.tariffs().get(id);
        if (m != null && !(m.imposedBy().equals(by) && m.target().equals(target) && m.product().equals(product)))
            return fail("data.measureId", "measure '" + id + "' is " + m.imposedBy() + " on " + m.target() + " (" + m.product()
                    + "); use another measureId for other terms");
        return party(state, by, "data.imposedBy").or(() -> party(state, target, "data.target"));
    }

    private static Optional<RuleViolation> agreement(NegotiationState state, AgreementReached a) {
        if (state.agreements().stream().anyMatch(x -> x.terms().agreementId().equals(a.agreementId())))
            return fail("data.agreementId", "agreement '" + a.agreementId() + "' is already recorded");
        for (int i = 0; i < a.settlesIssues().size(); i++) {
            if (!state.issues().containsKey(a.settlesIssues().get(i)))
                return fail("data.settlesIssues[" + i + "]", "issue '" + a.settlesIssues().get(i) + "' does not exist");
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
        return state.parties().containsKey(code) ? ok()
                : fail(field, "'" + code + "' is not a party to this negotiation (parties: " + String.join(", ", state.parties().keySet()) + ")");
    }

    private static Optional<RuleViolation> ok() {
        return Optional.empty();
    }

    private static Optional<RuleViolation> fail(String field, String message) {
        return Optional.of(new RuleViolation(field, message));
    }
}
