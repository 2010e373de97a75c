package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.MeasureStanding;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Subject;
import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.domain.TariffStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tariff measures on {@code today}, grouped by state (see {@link MeasureStanding}): in force, suspended (paused until a
 * legal date), announced, lifted; {@code scheduled}: the decided steps that take effect later as things stand (a
 * measure coming into force, a new rate of a measure in force, a lifting); and, across them, the measures with a
 * pending threat (a threat only, or a threatened increase of a measure in force). A rate may be unknown ("rate not given") or a ceiling ("up to 24%").
 */
public record TariffsView(
        Map<String, Integer> counts,
        List<Tariff> inForce,
        List<Tariff> suspended,
        List<Tariff> scheduled,
        List<Tariff> announced,
        List<Tariff> lifted,
        List<Tariff> threatened) {

    public record Tariff(
            String measureId,
            String state,
            String imposedBy,
            String target,
            String scope,
            String product,
            String legalBasis,
            List<String> productCodes,
            String ratePercent,
            String rateQualifier,
            String rateText,
            String basis,
            String effectiveOn,
            String decidedOn,
            boolean retroactive,
            String pauseDeadlineId,
            String pauseEndsOn,
            boolean pauseEnded,
            Threat threat,
            String note,
            String confidence,
            String publisher,
            int sourceCount,
            List<Provenance> referencedBy) {}

    public record Threat(
            String ratePercent,
            String rateText,
            String occurredOn,
            String note,
            String confidence,
            String publisher,
            int sourceCount) {}

    private static final Comparator<Tariff> BY_PRODUCT =
            Comparator.comparing((Tariff t) -> String.valueOf(t.product())).thenComparing(Tariff::measureId);

    public static TariffsView of(NegotiationState s, LocalDate today) {
        List<Tariff> all = s.tariffs().values().stream()
                .map(m -> tariff(s, MeasureStanding.of(m, s.deadlines(), today)))
                .sorted(BY_PRODUCT)
                .toList();
        List<Tariff> inForce = in(all, "in_force");
        List<Tariff> suspended = in(all, "suspended");
        List<Tariff> scheduled = s.tariffs().values().stream()
                .flatMap(m -> MeasureStanding.upcoming(m, today).stream().map(step -> scheduled(s, m, step)))
                .sorted(BY_PRODUCT)
                .toList();
        List<Tariff> announced = in(all, "announced");
        List<Tariff> lifted = in(all, "lifted");
        List<Tariff> threatened = all.stream().filter(t -> t.threat() != null).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("inForce", inForce.size());
        counts.put("suspended", suspended.size());
        counts.put("threatened", threatened.size());
        counts.put("scheduled", scheduled.size());
        counts.put("announced", announced.size());
        counts.put("lifted", lifted.size());
        return new TariffsView(counts, inForce, suspended, scheduled, announced, lifted, threatened);
    }

    private static List<Tariff> in(List<Tariff> all, String state) {
        return all.stream().filter(t -> t.state().equals(state)).toList();
    }

    private static Tariff tariff(NegotiationState s, MeasureStanding st) {
        TariffMeasure m = st.measure();
        TariffStep step = st.decisive();
        Threat threat = st.threat()
                .map(t -> new Threat(
                        plain(t.ratePercent()),
                        rateText(t.ratePercent(), t.isCeiling()),
                        t.ref().occurredOn().toString(),
                        t.note(),
                        Names.lower(t.ref().confidence()),
                        t.ref().source().publisher(),
                        t.ref().sources().size()))
                .orElse(null);
        return new Tariff(
                m.measureId(),
                Names.lower(st.state()),
                m.imposedBy(),
                m.target(),
                Names.lower(m.scope()),
                m.product(),
                m.legalBasis(),
                m.productCodes(),
                plain(st.ratePercent()),
                st.ratePercent() == null ? null : st.ceiling() ? "up_to" : "exact",
                rateText(st.ratePercent(), st.ceiling()),
                Names.lower(step.basis()),
                step.appliesFrom().toString(),
                step.ref().occurredOn().toString(),
                step.effectiveOn() != null
                        && step.effectiveOn()
                                .latest()
                                .isBefore(step.ref().occurredOn().earliest()),
                st.pauseEnd() == null ? null : st.pauseEnd().deadlineId(),
                st.pauseEnd() == null
                        ? null
                        : Names.text(
                                st.pauseEnd().dueOn() != null
                                        ? st.pauseEnd().dueOn()
                                        : st.pauseEnd().lastDueOn()),
                st.pauseEnded(),
                threat,
                step.note(),
                Names.lower(step.ref().confidence()),
                step.ref().source().publisher(),
                step.ref().sources().size(),
                s.referencesTo(Subject.measure(m.measureId())).stream()
                        .map(Provenance::of)
                        .toList());
    }

    /** A decided step that takes effect later: a measure coming into force, a new rate, or a lifting (rate 0). */
    private static Tariff scheduled(NegotiationState s, TariffMeasure m, TariffStep step) {
        boolean lifts = step.kind() == io.negotiationtracker.domain.TariffStepKind.LIFTED
                || (step.ratePercent() != null && step.ratePercent().signum() == 0);
        return new Tariff(
                m.measureId(),
                "scheduled",
                m.imposedBy(),
                m.target(),
                Names.lower(m.scope()),
                m.product(),
                m.legalBasis(),
                m.productCodes(),
                plain(step.ratePercent()),
                step.ratePercent() == null ? null : step.isCeiling() ? "up_to" : "exact",
                lifts ? "lifted" : rateText(step.ratePercent(), step.isCeiling()),
                Names.lower(step.basis()),
                step.appliesFrom().toString(),
                step.ref().occurredOn().toString(),
                false,
                null,
                null,
                false,
                null,
                step.note(),
                Names.lower(step.ref().confidence()),
                step.ref().source().publisher(),
                step.ref().sources().size(),
                s.referencesTo(Subject.measure(m.measureId())).stream()
                        .map(Provenance::of)
                        .toList());
    }

    /** A rate as plain text without trailing zeros ("25", "2.5"), null when not given. */
    public static String plain(BigDecimal rate) {
        return rate == null ? null : rate.stripTrailingZeros().toPlainString();
    }

    /** "25%", "up to 24%", or "rate not given". */
    public static String rateText(BigDecimal rate, boolean ceiling) {
        if (rate == null) return "rate not given";
        return (ceiling ? "up to " : "") + plain(rate) + "%";
    }
}
