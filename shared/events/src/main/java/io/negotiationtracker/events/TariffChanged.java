package io.negotiationtracker.events;

import java.math.BigDecimal;

/** A new rate for an existing measure, from effectiveOn; a rate of 0 lifts it. */
public record TariffChanged(String measureId, BigDecimal ratePercent, TariffBasis basis, WorldDate effectiveOn, String reason)
        implements NegotiationEvent {
    public TariffChanged {
        measureId = Require.slug(measureId, "measureId");
        ratePercent = Require.rate(ratePercent, "ratePercent");
        reason = Require.optionalText(reason, "reason");
    }
}
