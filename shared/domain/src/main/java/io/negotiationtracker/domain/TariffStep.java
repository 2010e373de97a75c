package io.negotiationtracker.domain;

import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;

/** One rate a measure was threatened at, imposed at, or changed to, and from when it applies (null: not said). */
public record TariffStep(TariffStepKind kind, BigDecimal ratePercent, TariffBasis basis, WorldDate effectiveOn, String note,
                         EventRef ref) {
    /** The first day the rate applies: its effectiveOn, or else the day it was reported. */
    public WorldDate appliesFrom() {
        return effectiveOn != null ? effectiveOn : ref.occurredOn();
    }
}
