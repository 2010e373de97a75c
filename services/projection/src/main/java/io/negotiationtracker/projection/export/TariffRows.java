package io.negotiationtracker.projection.export;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.MeasureStanding;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.TariffMeasure;
import io.negotiationtracker.domain.TariffStep;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.projection.view.TariffsView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The tariffs dataset: a daily series, one row per measure per day from {@code from} to {@code to} (both included), in
 * date order, then by product. Each day is what the tariffs view says as of that day ({@link MeasureStanding} over
 * the events that occurred by then, as the query's asOf and knownAt see them): in force, suspended, scheduled,
 * announced, threatened or lifted, with a pending threat beside it; {@code none} while the measure is not yet reported.
 * The negotiation is folded forward one day at a time as rows are written, so ten years of days are never held at once.
 */
final class TariffRows {
    private TariffRows() {}

    /**
     * {@code facts}: the negotiation's events as the query sees them, read through their corrections, in world order
     * ({@code ServingViews.events}); {@code all}: their fold, which names every measure the series has rows for.
     */
    static Stream<List<Object>> of(
            String negotiationId, List<EventEnvelope> facts, NegotiationState all, LocalDate from, LocalDate to) {
        List<TariffMeasure> measures = all.tariffs().values().stream()
                .sorted(Comparator.comparing((TariffMeasure m) -> String.valueOf(m.product()))
                        .thenComparing(TariffMeasure::measureId))
                .toList();
        Iterator<List<Object>> rows = new Days(negotiationId, facts, measures, from, to);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }

    /** The first day a measure is known of: its earliest report, or a retroactive step's first day if earlier. */
    static LocalDate firstReported(TariffMeasure m) {
        return m.steps().stream()
                .flatMap(step -> Stream.of(
                        step.ref().occurredOn().earliest(), step.appliesFrom().earliest()))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Walks the days, evolving the state with each day's events, and gives that day's rows. */
    private static final class Days implements Iterator<List<Object>> {
        private final List<EventEnvelope> facts;
        private final List<TariffMeasure> measures;
        private final LocalDate to;
        private NegotiationState state;
        private int next;
        private LocalDate day;
        private List<List<Object>> pending = new ArrayList<>();

        Days(
                String negotiationId,
                List<EventEnvelope> facts,
                List<TariffMeasure> measures,
                LocalDate from,
                LocalDate to) {
            this.facts = facts;
            this.measures = measures;
            this.to = to;
            this.state = NegotiationState.initial(negotiationId);
            this.day = from;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !day.isAfter(to)) {
                while (next < facts.size()
                        && !facts.get(next).occurredOn().earliest().isAfter(day))
                    state = Evolve.evolve(state, facts.get(next++));
                for (TariffMeasure m : measures) pending.add(row(day, m, state));
                day = day.plusDays(1);
            }
            return !pending.isEmpty();
        }

        @Override
        public List<Object> next() {
            if (!hasNext()) throw new NoSuchElementException();
            return pending.remove(0);
        }
    }

    private static List<Object> row(LocalDate day, TariffMeasure known, NegotiationState state) {
        TariffMeasure m = state.tariffs().get(known.measureId());
        if (m == null || m.steps().isEmpty())
            return Arrays.asList(
                    day.toString(),
                    known.measureId(),
                    known.product(),
                    known.imposedBy(),
                    known.target(),
                    "none",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        MeasureStanding st = MeasureStanding.of(m, state.deadlines(), day);
        TariffStep step = st.decisive();
        TariffStep threat = st.threat().orElse(null);
        return Arrays.asList(
                day.toString(),
                m.measureId(),
                m.product(),
                m.imposedBy(),
                m.target(),
                st.state().name().toLowerCase(Locale.ROOT),
                TariffsView.plain(st.ratePercent()),
                st.ratePercent() == null ? null : st.ceiling() ? "up_to" : "exact",
                TariffsView.rateText(st.ratePercent(), st.ceiling()),
                lower(step.basis()),
                step.ref().occurredOn().toString(),
                st.pauseEnd() == null ? null : st.pauseEnd().deadlineId(),
                threat == null ? null : TariffsView.plain(threat.ratePercent()),
                lower(step.ref().confidence()),
                step.ref().source().publisher(),
                step.ref().sources().size());
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
