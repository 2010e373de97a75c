package io.negotiationtracker.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a tariff measure is: who imposes it on whom, on what, at which rate and from when. v2: the rate may be unknown
 * ("imposed, rate not given") or a ceiling ({@code rateQualifier: up_to}); the scope may be global (then the target is
 * optional); an optional legal basis ("Section 232") and HS product codes stand beside the product text.
 */
public record TariffTerms(
        String imposedBy,
        String target,
        String product,
        BigDecimal ratePercent,
        TariffBasis basis,
        WorldDate effectiveOn,
        RateQualifier rateQualifier,
        TariffScope scope,
        String legalBasis,
        List<String> productCodes) {
    private static final Pattern HS_CODE = Pattern.compile("\\d{2,4}(\\.?\\d{2}){0,3}");

    public TariffTerms {
        imposedBy = Require.text(imposedBy, "imposedBy");
        target = scope == TariffScope.GLOBAL ? Require.optionalText(target, "target") : Require.text(target, "target");
        product = Require.text(product, "product");
        ratePercent = Require.optionalRate(ratePercent, "ratePercent");
        if (rateQualifier != null && ratePercent == null)
            throw new InvalidEventException("rateQualifier", "needs a ratePercent");
        basis = basis == null ? TariffBasis.ADDITIONAL : basis;
        legalBasis = Require.optionalText(legalBasis, "legalBasis");
        productCodes = codes(productCodes);
    }

    private static List<String> codes(List<String> codes) {
        if (codes == null || codes.isEmpty()) return null;
        List<String> list = Require.list(codes, "productCodes");
        for (int i = 0; i < list.size(); i++) {
            if (!HS_CODE.matcher(list.get(i)).matches())
                throw new InvalidEventException(
                        "productCodes[" + i + "]", "must be an HS code of 2 to 10 digits, e.g. 8703 or 8703.23");
        }
        return list;
    }
}
