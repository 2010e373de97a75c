package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineChange;
import io.negotiationtracker.domain.DeadlineChangeKind;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays a negotiation day by day with a simulated clock: each day folds only the events known by then (see
 * {@link #knownDay}) in stream order and asks {@link AlertRules} what that day raises, exactly as the live notifier
 * asks on a real day. Each alert is listed once, on the first day it is due, sent or not and why not. Deterministic: the
 * same events, range and policy give the same list.
 */
public final class AlertBacktest {
    private AlertBacktest() {}

    /**
     * The day the world could know an event: its {@link EventEnvelope#knownOn()} (the earliest publication day of its
     * sources, else the day it was recorded), but never before the first day it happened, since nothing is published
     * before it occurs (a source dated "June 2025" reporting a 16 June meeting is known from 16 June, not 1 June).
     */
    public static LocalDate knownDay(EventEnvelope e) {
        return later(e.knownOn(), e.occurredOn().earliest());
    }

    static LocalDate knownDay(EventRef ref) {
        return later(ref.knownOn(), ref.occurredOn().earliest());
    }

    public static List<BacktestAlert> run(
            String negotiationId, List<EventEnvelope> events, LocalDate from, LocalDate to, AlertPolicy policy) {
        List<EventEnvelope> inOrder = events.stream()
                .sorted(Comparator.comparingLong(EventEnvelope::version))
                .toList();
        TreeMap<LocalDate, List<EventEnvelope>> byKnownDay = new TreeMap<>();
        for (EventEnvelope e : inOrder)
            byKnownDay.computeIfAbsent(knownDay(e), d -> new ArrayList<>()).add(e);
        List<BacktestAlert> out = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        NegotiationState state = Evolve.fold(negotiationId, known(byKnownDay, from));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.isAfter(from)) state = learn(state, byKnownDay, day);
            for (DueAlert a : correctionsLearned(negotiationId, byKnownDay, day))
                list(day, a, null, policy, listed, out);
            for (Deadline d : state.deadlines().values()) changesLearned(state, d, day, policy, listed, out);
            for (Deadline d : state.deadlines().values()) timeAlerts(state, d, day, policy, listed, out);
        }
        return out;
    }

    /** The state once the events first known on {@code day} are folded in: one by one when they follow what is folded, else afresh. */
    private static NegotiationState learn(
            NegotiationState state, TreeMap<LocalDate, List<EventEnvelope>> byKnownDay, LocalDate day) {
        List<EventEnvelope> learned = byKnownDay.getOrDefault(day, List.of());
        if (learned.isEmpty()) return state;
        if (learned.get(0).version() <= state.version() || learned.stream().anyMatch(Evolve::changesThePast))
            return Evolve.fold(state.negotiationId(), known(byKnownDay, day));
        for (EventEnvelope e : learned) state = Evolve.evolve(state, e);
        return state;
    }

    /**
     * The alerts of the corrections that became known on {@code day}, as the live notifier records them: each asked of
     * {@link AlertsRaised} with what was known just before it and just after it.
     */
    private static List<DueAlert> correctionsLearned(
            String negotiationId, TreeMap<LocalDate, List<EventEnvelope>> byKnownDay, LocalDate day) {
        List<EventEnvelope> learned = byKnownDay.getOrDefault(day, List.of());
        if (learned.stream().noneMatch(Evolve::changesThePast)) return List.of();
        List<EventEnvelope> known = known(byKnownDay, day.minusDays(1));
        List<DueAlert> out = new ArrayList<>();
        for (EventEnvelope e : learned) {
            NegotiationState before = Evolve.fold(negotiationId, known);
            known = new ArrayList<>(known);
            known.add(e);
            known.sort(Comparator.comparingLong(EventEnvelope::version));
            if (Evolve.changesThePast(e)) out.addAll(AlertsRaised.by(before, Evolve.fold(negotiationId, known), e));
        }
        return out;
    }

    /** The events known by {@code day}, in stream order. */
    private static List<EventEnvelope> known(TreeMap<LocalDate, List<EventEnvelope>> byKnownDay, LocalDate day) {
        List<EventEnvelope> known = new ArrayList<>();
        byKnownDay.headMap(day, true).values().forEach(known::addAll);
        known.sort(Comparator.comparingLong(EventEnvelope::version));
        return known;
    }

    /** The alerts of the changes that became known today; a change overtaken by a move learned the same day is superseded. */
    private static void changesLearned(
            NegotiationState s,
            Deadline d,
            LocalDate day,
            AlertPolicy policy,
            Set<String> listed,
            List<BacktestAlert> out) {
        List<DeadlineChange> history = d.history();
        for (int i = 0; i < history.size(); i++) {
            DeadlineChange c = history.get(i);
            if (c.ref() == null || !knownDay(c.ref()).equals(day)) continue;
            DueAlert alert = AlertRules.forChange(s.negotiationId(), d, i);
            boolean superseded = false;
            for (int j = i + 1; j < history.size(); j++)
                superseded |=
                        isMove(history.get(j)) && knownDay(history.get(j).ref()).equals(day);
            list(day, alert, superseded ? Suppression.SUPERSEDED_VERSION : null, policy, listed, out);
        }
        if (d.settled() != null && knownDay(d.settled().ref()).equals(day))
            AlertRules.forSettlement(s.negotiationId(), d).ifPresent(a -> list(day, a, null, policy, listed, out));
    }

    /** The current version's time alert; and what replaced versions would have raised today, suppressed by their move. */
    private static void timeAlerts(
            NegotiationState s,
            Deadline d,
            LocalDate day,
            AlertPolicy policy,
            Set<String> listed,
            List<BacktestAlert> out) {
        List<DeadlineVersion> versions = DeadlineVersion.of(d);
        if (versions.isEmpty()) return;
        DeadlineVersion current = versions.get(versions.size() - 1);
        AlertRules.onDay(s, d, current, day, policy.horizonsDays())
                .ifPresent(a -> list(day, a, null, policy, listed, out));
        for (DeadlineVersion old : versions.subList(0, versions.size() - 1)) {
            if (old.dueOn() == null || Objects.equals(old.dueOn(), current.dueOn())) continue;
            Suppression why = old.endedBy().kind() == DeadlineChangeKind.CANCELLED
                    ? Suppression.CANCELLED_BEFORE_ALERT_DAY
                    : Suppression.MOVED_BEFORE_ALERT_DAY;
            AlertRules.onDay(s, d, old, day, policy.horizonsDays())
                    .ifPresent(a -> list(day, a, why, policy, listed, out));
        }
    }

    private static void list(
            LocalDate day,
            DueAlert a,
            Suppression reason,
            AlertPolicy policy,
            Set<String> listed,
            List<BacktestAlert> out) {
        boolean replaced =
                reason == Suppression.MOVED_BEFORE_ALERT_DAY || reason == Suppression.CANCELLED_BEFORE_ALERT_DAY;
        if (listed.contains(a.key()) || replaced && !listed.add(withoutRevision(a))) return;
        listed.add(a.key());
        if (reason == null && !policy.admits(a.deadlineClass(), a.kind())) reason = Suppression.OUTSIDE_POLICY;
        out.add(reason == null ? BacktestAlert.sent(day, a) : BacktestAlert.suppressed(day, a, reason));
    }

    /** A date a deadline had twice and lost twice is told once. */
    private static String withoutRevision(DueAlert a) {
        return String.join(
                "|",
                "replaced",
                a.deadlineId(),
                String.valueOf(a.dueOn()),
                a.kind().name(),
                String.valueOf(a.horizonDays()));
    }

    private static boolean isMove(DeadlineChange c) {
        return c.kind() != DeadlineChangeKind.SET && c.kind() != DeadlineChangeKind.SIGNALLED;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
