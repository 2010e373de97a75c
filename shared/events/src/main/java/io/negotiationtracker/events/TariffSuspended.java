package io.negotiationtracker.events;

import java.math.BigDecimal;

/**
 * A measure is paused (v2) from effectiveOn (the day the event occurred when absent) until the legal deadline
 * {@code untilDeadlineId}: when that date comes without the deadline moving, the suspended rate applies. The rate that
 * would apply is optional and may be a ceiling ("up to 24%").
 */
public record TariffSuspended(
        String measureId,
        String untilDeadlineId,
        BigDecimal ratePercent,
        RateQualifier rateQualifier,
        WorldDate effectiveOn,
        String summary)
        implements NegotiationEvent {
    public TariffSuspended {
        measureId = Require.slug(measureId, "measureId");
        if (untilDeadlineId == null || untilDeadlineId.isBlank())
            throw new InvalidEventException(
                    "untilDeadlineId",
                    "is required: the legal deadline on which the pause ends (record it with DeadlineSet first)");
        untilDeadlineId = Require.slug(untilDeadlineId, "untilDeadlineId");
        ratePercent = Require.optionalRate(ratePercent, "ratePercent");
        if (rateQualifier != null && ratePercent == null)
            throw new InvalidEventException("rateQualifier", "needs a ratePercent");
        summary = Require.optionalText(summary, "summary");
    }
}
