package io.negotiationtracker.events;

import java.math.BigDecimal;

/** What a tariff measure is: who imposes it on whom, on what, at which rate and from when. */
public record TariffTerms(String imposedBy, String target, String product, BigDecimal ratePercent, TariffBasis basis,
                          WorldDate effectiveOn) {
    public TariffTerms {
        imposedBy = Require.text(imposedBy, "imposedBy");
        target = Require.text(target, "target");
        product = Require.text(product, "product");
        ratePercent = Require.rate(ratePercent, "ratePercent");
        basis = basis == null ? TariffBasis.ADDITIONAL : basis;
    }
}
