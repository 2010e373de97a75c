package io.negotiationtracker.domain;

import io.negotiationtracker.events.RateQualifier;
import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;

/**
 * One step of a measure's life: a rate it was announced, threatened, imposed, changed or suspended at (the rate may be
 * unknown, or a ceiling), from when it applies (null: not said), and for a suspension the deadline that ends the pause.
 */
public record TariffStep(
        TariffStepKind kind,
        BigDecimal ratePercent,
        RateQualifier qualifier,
        TariffBasis basis,
        WorldDate effectiveOn,
        String untilDeadlineId,
        String note,
        EventRef ref) {
    /** The first day the step applies: its effectiveOn, or else the day it was reported. */
    public WorldDate appliesFrom() {
        return effectiveOn != null ? effectiveOn : ref.occurredOn();
    }

    public boolean isCeiling() {
        return qualifier == RateQualifier.UP_TO;
    }
}
