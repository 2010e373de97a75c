package io.negotiationtracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A tariff measure over its life: threats, imposition, rate changes. */
public record TariffMeasure(String measureId, String imposedBy, String target, String product, List<TariffStep> steps) {
    public TariffMeasure {
        steps = List.copyOf(steps);
    }

    TariffMeasure with(TariffStep step) {
        List<TariffStep> s = new ArrayList<>(steps);
        s.add(step);
        return new TariffMeasure(measureId, imposedBy, target, product, s);
    }

    /**
     * The rate in force on {@code day}: of the imposed or changed rates that apply from that day or before, the one
     * decided last (so a later, retroactive change wins over an earlier decision); none if that rate is 0 (lifted).
     */
    public Optional<TariffStep> inForceOn(LocalDate day) {
        return steps.stream()
                .filter(s -> s.kind() != TariffStepKind.THREATENED && s.appliesFrom().onOrBefore(day))
                .max(Comparator.comparing((TariffStep s) -> s.ref().occurredOn()).thenComparing(s -> s.ref().version()))
                .filter(s -> s.ratePercent() != null && s.ratePercent().signum() > 0);
    }

    /** The latest threat not overtaken by a later imposition or change. */
    public Optional<TariffStep> pendingThreat() {
        TariffStep last = null;
        for (TariffStep s : steps) {
            if (s.kind() == TariffStepKind.THREATENED) last = s;
            else if (last != null && s.ref().occurredOn().compareTo(last.ref().occurredOn()) >= 0) last = null;
        }
        return Optional.ofNullable(last);
    }

    public boolean everImposed() {
        return steps.stream().anyMatch(s -> s.kind() != TariffStepKind.THREATENED);
    }
}
