package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.domain.TariffStep;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Tariffs on {@code today}, per product: in force, decided but not yet in force (scheduled), and threatened. See {@link TariffSchedule}. */
public record TariffsView(List<Tariff> inForce, List<Tariff> scheduled, List<Tariff> threatened) {

    public record Tariff(String measureId, String imposedBy, String target, String product, String ratePercent, String basis,
                         String effectiveOn, String decidedOn, boolean retroactive, String note, String confidence, String publisher) {}

    private static final Comparator<Tariff> BY_PRODUCT = Comparator.comparing((Tariff t) -> String.valueOf(t.product()))
            .thenComparing(Tariff::measureId).thenComparing(t -> String.valueOf(t.effectiveOn()));

    public static TariffsView of(NegotiationState s, LocalDate today) {
        List<Tariff> inForce = s.tariffs().values().stream()
                .flatMap(m -> TariffSchedule.inForceOn(m, today).stream().map(step -> tariff(m, step))).sorted(BY_PRODUCT).toList();
        List<Tariff> scheduled = s.tariffs().values().stream()
                .flatMap(m -> TariffSchedule.scheduledAfter(m, today).stream().map(step -> tariff(m, step))).sorted(BY_PRODUCT).toList();
        List<Tariff> threatened = s.tariffs().values().stream()
                .flatMap(m -> m.pendingThreat().stream().map(step -> tariff(m, step))).sorted(BY_PRODUCT).toList();
        return new TariffsView(inForce, scheduled, threatened);
    }

    private static Tariff tariff(TariffMeasure m, TariffStep step) {
        return new Tariff(m.measureId(), m.imposedBy(), m.target(), m.product(),
                step.ratePercent() == null ? null : step.ratePercent().stripTrailingZeros().toPlainString(), Names.lower(step.basis()),
                step.effectiveOn() != null ? step.effectiveOn().toString() : step.ref().occurredOn().toString(), step.ref().occurredOn().toString(),
                TariffSchedule.isRetroactive(step), step.note(), Names.lower(step.ref().confidence()), step.ref().source().publisher());
    }
}
