package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure is announced (v2): without an effectiveOn it is announced only (not in force, date unknown); with one it is scheduled until that day and in force from it.
 */
public record TariffAnnounced(
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
    public TariffAnnounced {
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
    public TariffAnnounced(
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
