package io.negotiationtracker.events;

import java.math.BigDecimal;

/** measureId names the measure across its life (threatened, imposed, changed). effectiveOn may lie in the future or the past. */
/** effectiveOn defaults to the day the event occurred when absent. */
public record TariffImposed(String measureId, String imposedBy, String target, String product, BigDecimal ratePercent,
                        TariffBasis basis, WorldDate effectiveOn, String summary) implements NegotiationEvent {
    public TariffImposed {
        measureId = Require.slug(measureId, "measureId");
        var terms = new TariffTerms(imposedBy, target, product, ratePercent, basis, effectiveOn);
        imposedBy = terms.imposedBy();
        target = terms.target();
        product = terms.product();
        basis = terms.basis();
        summary = Require.optionalText(summary, "summary");
    }

}
