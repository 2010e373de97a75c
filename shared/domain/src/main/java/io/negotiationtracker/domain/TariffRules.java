package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Decide.fail;
import static io.negotiationtracker.domain.Decide.ok;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.RateQualifier;
import io.negotiationtracker.events.TariffSuspended;
import java.math.BigDecimal;
import java.util.Optional;

/** The rules a tariff measure's life follows, for {@link Decide}. */
final class TariffRules {
    private TariffRules() {}

    static Optional<RuleViolation> exists(NegotiationState state, String id) {
        return state.tariffs().containsKey(id)
                ? ok()
                : fail(
                        "data.measureId",
                        "measure '" + id
                                + "' does not exist: record TariffImposed, TariffAnnounced or TariffThreatened first");
    }

    static Optional<RuleViolation> notYetDecided(NegotiationState state, String id) {
        TariffMeasure m = state.tariffs().get(id);
        return m != null && m.everImposed()
                ? fail(
                        "data.measureId",
                        "measure '" + id
                                + "' is already imposed or announced: record a TariffChanged, TariffSuspended or TariffLifted")
                : ok();
    }

    /** A pause needs a decided measure and a legal deadline of the same negotiation on which it ends. */
    static Optional<RuleViolation> suspendable(NegotiationState state, TariffSuspended t) {
        TariffMeasure m = state.tariffs().get(t.measureId());
        if (m == null || !m.everImposed())
            return fail(
                    "data.measureId",
                    "measure '" + t.measureId()
                            + "' is not imposed or announced: only a decided measure can be suspended");
        Deadline end = state.deadlines().get(t.untilDeadlineId());
        if (end == null)
            return fail(
                    "data.untilDeadlineId",
                    "deadline '" + t.untilDeadlineId()
                            + "' does not exist: record the pause's end with DeadlineSet (class legal) first");
        if (end.deadlineClass() != DeadlineClass.LEGAL)
            return fail(
                    "data.untilDeadlineId",
                    "deadline '" + t.untilDeadlineId() + "' is a "
                            + end.deadlineClass().name().toLowerCase()
                            + ", not a legal date: a pause ends on a legal date");
        return ceilingAboveKnownRate(state, t.measureId(), t.ratePercent(), t.rateQualifier());
    }

    static Optional<RuleViolation> liftable(NegotiationState state, String id) {
        TariffMeasure m = state.tariffs().get(id);
        if (m == null || !m.everImposed())
            return fail("data.measureId", "measure '" + id + "' is not imposed: nothing to lift");
        return ok();
    }

    /**
     * A ceiling ("up to X%") on a threat or a pause cannot lie below the exact rate the measure is known to have: the
     * sources would contradict each other, and the record would show a cap under the rate already charged.
     */
    static Optional<RuleViolation> ceilingAboveKnownRate(
            NegotiationState state, String id, BigDecimal rate, RateQualifier qualifier) {
        if (qualifier != RateQualifier.UP_TO || rate == null || !state.tariffs().containsKey(id)) return ok();
        Optional<BigDecimal> known = state.tariffs().get(id).steps().stream()
                .filter(s -> s.kind() == TariffStepKind.IMPOSED || s.kind() == TariffStepKind.CHANGED)
                .filter(s -> s.ratePercent() != null && !s.isCeiling())
                .reduce((a, b) -> b)
                .map(TariffStep::ratePercent);
        if (known.isPresent() && rate.compareTo(known.get()) < 0)
            return fail(
                    "data.ratePercent",
                    "the ceiling of " + rate.stripTrailingZeros().toPlainString() + "% is lower than the known rate of "
                            + known.get().stripTrailingZeros().toPlainString() + "% of measure '" + id + "'");
        return ok();
    }
}
