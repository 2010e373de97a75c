package io.negotiationtracker.domain;

import io.negotiationtracker.events.TariffScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tariff measure over its life: announcement, threats, imposition, rate changes, pauses and lifting. */
public record TariffMeasure(
        String measureId,
        String imposedBy,
        String target,
        String product,
        TariffScope scope,
        String legalBasis,
        List<String> productCodes,
        List<TariffStep> steps) {
    public TariffMeasure {
        productCodes = productCodes == null ? List.of() : List.copyOf(productCodes);
        steps = List.copyOf(steps);
    }

    TariffMeasure with(TariffStep step) {
        List<TariffStep> s = new ArrayList<>(steps);
        s.add(step);
        return new TariffMeasure(measureId, imposedBy, target, product, scope, legalBasis, productCodes, s);
    }

    /** The latest threat not overtaken by a later decision on the measure (imposition, change, pause or lifting). */
    public Optional<TariffStep> pendingThreat() {
        TariffStep last = null;
        for (TariffStep s : steps) {
            if (s.kind() == TariffStepKind.THREATENED) last = s;
            else if (last != null
                    && s.kind() != TariffStepKind.ANNOUNCED
                    && s.ref().occurredOn().compareTo(last.ref().occurredOn()) >= 0) last = null;
        }
        return Optional.ofNullable(last);
    }

    /** True once the measure was decided (announced, imposed, changed, paused or lifted), not only threatened. */
    public boolean everImposed() {
        return steps.stream().anyMatch(s -> s.kind() != TariffStepKind.THREATENED);
    }
}
