package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.domain.TariffStep;
import io.negotiationtracker.domain.TariffStepKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rate of a measure applies on a day. A step is a decision (imposed or changed, decided on its occurredOn) that
 * applies from its effectiveOn, which may lie in the future or, retroactively, in the past. On a day, the rate in force is
 * that of the most recently DECIDED step already applicable then: a later decision overrides an earlier one from its own
 * effective date on, also when it is retroactive. A step with rate 0 lifts the measure.
 */
public final class TariffSchedule {
    private static final Comparator<TariffStep> DECISION_ORDER =
            Comparator.comparing((TariffStep s) -> s.ref().occurredOn()).thenComparingLong(s -> s.ref().version());

    private TariffSchedule() {}

    /** The step in force on {@code day}, if the measure is imposed then (and not lifted). */
    public static Optional<TariffStep> inForceOn(TariffMeasure m, LocalDate day) {
        return governing(m, day).filter(s -> s.ratePercent() != null && s.ratePercent().signum() > 0);
    }

    /** Decided steps that will take effect after {@code day} as things stand (including a lifting: rate 0), soonest first. */
    public static List<TariffStep> scheduledAfter(TariffMeasure m, LocalDate day) {
        return decided(m).filter(s -> s.appliesFrom().earliest().isAfter(day))
                .filter(s -> governing(m, s.appliesFrom().earliest()).map(g -> g == s).orElse(false))
                .sorted(Comparator.comparing(TariffStep::appliesFrom))
                .toList();
    }

    public static boolean isRetroactive(TariffStep s) {
        return s.effectiveOn() != null && s.effectiveOn().latest().isBefore(s.ref().occurredOn().earliest());
    }

    private static Optional<TariffStep> governing(TariffMeasure m, LocalDate day) {
        return decided(m).filter(s -> s.appliesFrom().onOrBefore(day)).max(DECISION_ORDER);
    }

    private static java.util.stream.Stream<TariffStep> decided(TariffMeasure m) {
        return m.steps().stream().filter(s -> s.kind() != TariffStepKind.THREATENED);
    }
}
