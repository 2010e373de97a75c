package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A threatened tariff, or a threat to raise an existing measure (same measureId); the rate is optional, since threats often name no figure.
 */
public record TariffThreatened(
        String measureId,
        String imposedBy,
        String target,
        String product,
        BigDecimal ratePercent,
        TariffBasis basis,
        WorldDate effectiveOn,
        String summary,
        RateQualifier rateQualifier,
        TariffScope scope,
        String legalBasis,
        List<String> productCodes)
        implements NegotiationEvent {
    public TariffThreatened {
        measureId = Require.slug(measureId, "measureId");
        var terms = new TariffTerms(
                imposedBy,
                target,
                product,
                ratePercent,
                basis,
                effectiveOn,
                rateQualifier,
                scope,
                legalBasis,
                productCodes);
        imposedBy = terms.imposedBy();
        target = terms.target();
        product = terms.product();
        basis = terms.basis();
        productCodes = terms.productCodes();
        summary = Require.optionalText(summary, "summary");
    }

    /** A v1 measure: named target, exact rate. */
    public TariffThreatened(
            String measureId,
            String imposedBy,
            String target,
            String product,
            BigDecimal ratePercent,
            TariffBasis basis,
            WorldDate effectiveOn,
            String summary) {
        this(measureId, imposedBy, target, product, ratePercent, basis, effectiveOn, summary, null, null, null, null);
    }

    public TariffTerms terms() {
        return new TariffTerms(
                imposedBy,
                target,
                product,
                ratePercent,
                basis,
                effectiveOn,
                rateQualifier,
                scope,
                legalBasis,
                productCodes);
    }
}
