package io.negotiationtracker.events;

import java.math.BigDecimal;

/** A new rate for an existing measure, from effectiveOn; a rate of 0 lifts it. v2: the new rate may be a ceiling. */
public record TariffChanged(
        String measureId,
        BigDecimal ratePercent,
        TariffBasis basis,
        WorldDate effectiveOn,
        String reason,
        RateQualifier rateQualifier)
        implements NegotiationEvent {
    public TariffChanged {
        measureId = Require.slug(measureId, "measureId");
        ratePercent = Require.rate(ratePercent, "ratePercent");
        reason = Require.optionalText(reason, "reason");
    }

    public TariffChanged(
            String measureId, BigDecimal ratePercent, TariffBasis basis, WorldDate effectiveOn, String reason) {
        this(measureId, ratePercent, basis, effectiveOn, reason, null);
    }
}
