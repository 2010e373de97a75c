package io.negotiationtracker.events;

import java.math.BigDecimal;

/** A threatened tariff or a threat to raise one; ratePercent is optional, since threats often name no figure. */
public record TariffThreatened(String measureId, String imposedBy, String target, String product, BigDecimal ratePercent,
                        TariffBasis basis, WorldDate effectiveOn, String summary) implements NegotiationEvent {
    public TariffThreatened {
        measureId = Require.slug(measureId, "measureId");
        var terms = new TariffTerms(imposedBy, target, product, ratePercent == null ? java.math.BigDecimal.ZERO : ratePercent, basis, effectiveOn);
        imposedBy = terms.imposedBy();
        target = terms.target();
        product = terms.product();
        basis = terms.basis();
        summary = Require.optionalText(summary, "summary");
    }

}
