package io.negotiationtracker.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a tariff measure stands on a given day, as trackers of trade measures separate them: only threatened;
 * announced (no effective date known: not in force); scheduled (decided, effective later); in force; suspended (paused
 * until a legal deadline, with the rate that would then apply); lifted. Of the decisions that apply by that day, the
 * one decided last wins, so a later, retroactive change overrides an earlier decision. A pause ends on its deadline's
 * day unless the deadline moves: from then on the suspended rate is in force. A threat to raise a measure in force is
 * kept beside its state ({@link #threat()}).
 */
public record MeasureStanding(
        TariffMeasure measure,
        State state,
        BigDecimal ratePercent,
        boolean ceiling,
        TariffStep decisive,
        Deadline pauseEnd,
        boolean pauseEnded,
        Optional<TariffStep> threat) {

    public enum State {
        THREATENED,
        ANNOUNCED,
        SCHEDULED,
        IN_FORCE,
        SUSPENDED,
        LIFTED
    }

    public static MeasureStanding of(TariffMeasure m, Map<String, Deadline> deadlines, LocalDate day) {
        Optional<TariffStep> threat = m.pendingThreat();
        List<TariffStep> decisions = m.steps().stream()
                .filter(s -> s.kind() != TariffStepKind.THREATENED)
                .toList();
        Optional<TariffStep> decisive = decisions.stream()
                .filter(s -> applies(s, day))
                .max(Comparator.comparing((TariffStep s) -> s.ref().occurredOn())
                        .thenComparingLong(s -> s.ref().version()));
        if (decisive.isEmpty()) {
            Optional<TariffStep> later = decisions.stream()
                    .filter(s -> s.kind() != TariffStepKind.ANNOUNCED || s.effectiveOn() != null)
                    .min(Comparator.comparing(TariffStep::appliesFrom));
            if (later.isPresent())
                return new MeasureStanding(
                        m,
                        State.SCHEDULED,
                        later.get().ratePercent(),
                        later.get().isCeiling(),
                        later.get(),
                        null,
                        false,
                        threat);
            Optional<TariffStep> announced = decisions.stream()
                    .filter(s -> s.kind() == TariffStepKind.ANNOUNCED)
                    .reduce((a, b) -> b);
            if (announced.isPresent())
                return new MeasureStanding(
                        m,
                        State.ANNOUNCED,
                        announced.get().ratePercent(),
                        announced.get().isCeiling(),
                        announced.get(),
                        null,
                        false,
                        threat);
            TariffStep t = threat.orElseGet(() -> m.steps().get(m.steps().size() - 1));
            return new MeasureStanding(m, State.THREATENED, t.ratePercent(), t.isCeiling(), t, null, false, threat);
        }
        TariffStep s = decisive.get();
        return switch (s.kind()) {
            case SUSPENDED -> suspended(m, s, deadlines.get(s.untilDeadlineId()), day, threat);
            case LIFTED -> new MeasureStanding(m, State.LIFTED, null, false, s, null, false, Optional.empty());
            case ANNOUNCED, IMPOSED, CHANGED, THREATENED ->
                s.ratePercent() != null && s.ratePercent().signum() == 0
                        ? new MeasureStanding(m, State.LIFTED, null, false, s, null, false, Optional.empty())
                        : new MeasureStanding(
                                m, State.IN_FORCE, s.ratePercent(), s.isCeiling(), s, null, false, threat);
        };
    }

    private static MeasureStanding suspended(
            TariffMeasure m, TariffStep s, Deadline pauseEnd, LocalDate day, Optional<TariffStep> threat) {
        boolean ended = pauseEnd != null
                && !pauseEnd.cancelled()
                && pauseEnd.dueOn() != null
                && (pauseEnd.dueOn().isExactDay()
                        ? !day.isBefore(pauseEnd.dueOn().earliest())
                        : day.isAfter(pauseEnd.dueOn().latest()));
        return new MeasureStanding(
                m,
                ended ? State.IN_FORCE : State.SUSPENDED,
                s.ratePercent(),
                s.isCeiling(),
                s,
                pauseEnd,
                ended,
                threat);
    }

    /**
     * Decided steps that take effect after {@code day} as things stand (a measure taking effect, a rate changing, a
     * lifting), soonest first: each only if it is still the governing decision on its own first day.
     */
    public static List<TariffStep> upcoming(TariffMeasure m, LocalDate day) {
        List<TariffStep> decisions = m.steps().stream()
                .filter(s -> s.kind() != TariffStepKind.THREATENED)
                .filter(s -> s.kind() != TariffStepKind.ANNOUNCED || s.effectiveOn() != null)
                .toList();
        return decisions.stream()
                .filter(s -> s.appliesFrom().earliest().isAfter(day))
                .filter(s -> decisions.stream()
                        .filter(o -> o.appliesFrom().onOrBefore(s.appliesFrom().earliest()))
                        .max(Comparator.comparing((TariffStep o) -> o.ref().occurredOn())
                                .thenComparingLong(o -> o.ref().version()))
                        .map(g -> g == s)
                        .orElse(false))
                .sorted(Comparator.comparing(TariffStep::appliesFrom))
                .toList();
    }

    /** Whether a decision applies on {@code day}: an announcement only once it names a date that has come. */
    private static boolean applies(TariffStep s, LocalDate day) {
        if (s.kind() == TariffStepKind.ANNOUNCED && s.effectiveOn() == null) return false;
        return s.appliesFrom().onOrBefore(day);
    }

    public boolean rateKnown() {
        return ratePercent != null;
    }
}
