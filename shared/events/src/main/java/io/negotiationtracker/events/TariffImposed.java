package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure is imposed: in force from effectiveOn (the day the event occurred when absent); measureId names it across its life. v2: the rate may be unknown ("rate not given") or a ceiling; a scope, a legal basis and HS codes may be given.
 */
public record TariffImposed(
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
    public TariffImposed {
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
    public TariffImposed(
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
