package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.DeadlineStanding;
import io.negotiationtracker.domain.MeasureStanding;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.TariffStep;
import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.TargetSettled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an analyst following several negotiations asks first, on one day: every negotiation with its next legal
 * deadline and what changed in the last {@code changeDays} days (rounds, deadlines set, moved or hinted at, measures
 * taking effect (a decision's own effective date, not the day it was reported), issues, positions, offers, targets
 * settled, agreements; statements are not changes), and one list of the deadlines of every class falling in the next
 * {@code horizonDays} days across all of them, in date order.
 */
public record PortfolioView(
        LocalDate today, int changeDays, int horizonDays, List<Entry> negotiations, List<Upcoming> upcoming) {

    public record Entry(
            String negotiationId,
            String title,
            List<String> parties,
            long version,
            DeadlinesView.Next nextLegalDeadline,
            int roundsHeld,
            int openIssues,
            List<Change> recentChanges) {}

    public record Change(String kind, String occurredOn, String what) {}

    public record Upcoming(
            String negotiationId,
            String negotiationTitle,
            String deadlineId,
            String title,
            String deadlineClass,
            String owner,
            String dueOn,
            String state,
            long daysLeft,
            String targetStatus) {}

    /** One negotiation's share of the portfolio: its folded state and its events (both cut at the same day). */
    public record Input(NegotiationState state, List<EventEnvelope> events) {}

    public static PortfolioView of(List<Input> inputs, LocalDate today, int changeDays, int horizonDays) {
        List<Entry> entries = new ArrayList<>();
        List<Upcoming> upcoming = new ArrayList<>();
        for (Input in : inputs) {
            NegotiationState s = in.state();
            entries.add(new Entry(
                    s.negotiationId(),
                    s.title(),
                    List.copyOf(s.parties().keySet()),
                    s.version(),
                    DeadlinesView.next(s, today),
                    RoundsView.summary(s).total(),
                    (int) s.issues().values().stream()
                            .filter(io.negotiationtracker.domain.Issue::isOpen)
                            .count(),
                    changes(in, today, changeDays)));
            s.deadlines().values().stream()
                    .map(d -> DeadlineStanding.of(d, today))
                    .filter(st -> st.isAhead() && st.daysLeft() <= horizonDays)
                    .forEach(st -> upcoming.add(new Upcoming(
                            s.negotiationId(),
                            s.title(),
                            st.deadline().deadlineId(),
                            st.deadline().title(),
                            Names.lower(st.deadline().deadlineClass()),
                            st.deadline().owner(),
                            st.deadline().dueOn().toString(),
                            Names.lower(st.timing()),
                            st.daysLeft(),
                            Names.lower(st.targetStatus()))));
        }
        upcoming.sort(Comparator.comparing(Upcoming::daysLeft)
                .thenComparing(Upcoming::dueOn)
                .thenComparing(Upcoming::negotiationId));
        entries.sort(Comparator.comparing((Entry e) -> e.nextLegalDeadline() == null
                        ? Long.MAX_VALUE
                        : e.nextLegalDeadline().daysLeft())
                .thenComparing(Entry::negotiationId));
        return new PortfolioView(today, changeDays, horizonDays, entries, upcoming);
    }

    /** Facts of the last days whose date is known to the day: an event dated only "July" did not change "yesterday". */
    private static List<Change> changes(Input in, LocalDate today, int days) {
        LocalDate from = today.minusDays(days - 1L);
        List<Change> changes = new ArrayList<>();
        for (EventEnvelope e : in.events()) {
            if (!e.occurredOn().isExactDay()
                    || e.occurredOn().earliest().isBefore(from)
                    || e.occurredOn().earliest().isAfter(today)) continue;
            Change change = change(e);
            if (change != null) changes.add(change);
        }
        for (var m : in.state().tariffs().values()) {
            for (TariffStep step : m.steps()) {
                LocalDate effective = step.appliesFrom().earliest();
                if (step.kind() == io.negotiationtracker.domain.TariffStepKind.THREATENED
                        || !step.appliesFrom().isExactDay()
                        || effective.isBefore(from)
                        || effective.isAfter(today)) continue;
                MeasureStanding now = MeasureStanding.of(m, in.state().deadlines(), today);
                changes.add(new Change(
                        "measure_effective",
                        effective.toString(),
                        m.product() + ": " + Names.lower(step.kind()) + ", now " + Names.lower(now.state())
                                + (now.ratePercent() != null
                                        ? " " + TariffsView.rateText(now.ratePercent(), now.ceiling())
                                        : "")));
            }
        }
        changes.sort(Comparator.comparing(Change::occurredOn).reversed());
        return changes;
    }

    /** The change an event makes to the portfolio's "what changed" list; null for the facts it does not list. No default: a new type must be placed. */
    private static Change change(EventEnvelope e) {
        String day = e.occurredOn().earliest().toString();
        return switch (e.data()) {
            case RoundHeld r ->
                new Change(
                        "round",
                        day,
                        Names.lower(r.level()) + " round" + (r.location() != null ? " in " + r.location() : ""));
            case DeadlineSet d -> new Change("deadline_set", day, d.title() + ", " + d.dueOn());
            case DeadlineChanged d ->
                new Change(
                        d.cancelled() ? "deadline_cancelled" : "deadline_moved",
                        day,
                        d.deadlineId() + ": " + d.previousDueOn()
                                + (d.cancelled() ? " cancelled" : " -> " + d.dueOn()));
            case TargetSettled t -> new Change("target_" + Names.lower(t.outcome()), day, t.deadlineId());
            case AgreementReached a ->
                new Change("agreement", day, Names.lower(a.scope()) + " agreement: " + a.summary());
            case io.negotiationtracker.events.IssueOpened i -> new Change("issue_opened", day, i.title());
            case io.negotiationtracker.events.IssueClosed i ->
                new Change("issue_closed", day, i.issueId() + " (" + Names.lower(i.outcome()) + ")");
            case io.negotiationtracker.events.NegotiationOpened o -> null;
            case io.negotiationtracker.events.RoundCancelled c -> new Change("round_cancelled", day, c.roundId());
            case io.negotiationtracker.events.DeadlineChangeSignaled d ->
                new Change("deadline_change_signalled", day, d.deadlineId() + " (" + Names.lower(d.direction()) + ")");
            case io.negotiationtracker.events.TariffThreatened t -> new Change("tariff_threatened", day, t.product());
            case io.negotiationtracker.events.TariffImposed t -> null;
            case io.negotiationtracker.events.TariffAnnounced t -> new Change("tariff_announced", day, t.product());
            case io.negotiationtracker.events.TariffChanged t -> null;
            case io.negotiationtracker.events.TariffSuspended t -> null;
            case io.negotiationtracker.events.TariffLifted t -> null;
            case io.negotiationtracker.events.PositionStated p ->
                new Change("position", day, p.party() + " on " + p.issueId() + ": " + p.position());
            case io.negotiationtracker.events.ProposalMade p ->
                new Change("proposal", day, p.party() + ": " + p.title());
            case io.negotiationtracker.events.ProposalAnswered p ->
                new Change("proposal_" + Names.lower(p.answer()), day, p.proposalId());
            case io.negotiationtracker.events.ConcessionMade c ->
                new Change("concession", day, c.party() + ": " + c.summary());
            case io.negotiationtracker.events.IssueMarkedBlocking b ->
                b.blocking() ? new Change("issue_blocking", day, b.issueId()) : null;
            case io.negotiationtracker.events.StatementMade m -> null;
            case io.negotiationtracker.events.Correction c ->
                null; // the list is of facts, read through their corrections
        };
    }
}
