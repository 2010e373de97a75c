package io.negotiationtracker.projection.export;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.render.Recorded;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The rows of each dataset, made lazily from what the views are made of (see {@link Dataset} for the columns). */
public final class ExportRows {
    /** The longest tariff range a request may ask for. */
    public static final int MAX_YEARS = 10;

    private ExportRows() {}

    public static Stream<List<Object>> timeline(Recorded recorded, EventCodec codec) {
        return TimelineRows.of(recorded, codec);
    }

    public static Stream<List<Object>> deadlines(NegotiationState s, LocalDate day) {
        return DeadlineRows.of(s, day);
    }

    public static Stream<List<Object>> rounds(NegotiationState s) {
        return RoundRows.of(s);
    }

    /** {@code facts}: the events the query sees, through their corrections, in world order; {@code all}: their fold. */
    public static Stream<List<Object>> tariffs(
            List<EventEnvelope> facts, NegotiationState all, LocalDate from, LocalDate to) {
        return TariffRows.of(all.negotiationId(), facts, all, from, to);
    }

    /**
     * The tariff range's first day when none is asked for: the first report of any measure (at most {@link #MAX_YEARS}
     * before {@code to}), or {@code to} itself when there is no measure.
     */
    public static LocalDate defaultFrom(NegotiationState s, LocalDate to) {
        LocalDate earliest = s.tariffs().values().stream()
                .map(TariffRows::firstReported)
                .min(LocalDate::compareTo)
                .orElse(to);
        LocalDate limit = to.minusYears(MAX_YEARS);
        if (earliest.isBefore(limit)) return limit;
        return earliest.isAfter(to) ? to : earliest;
    }

    /** The header (CSV) and one line per row, made as they are consumed. */
    public static Stream<String> lines(RowWriter writer, Stream<List<Object>> rows) {
        return Stream.concat(Stream.of(writer.header()).filter(h -> !h.isEmpty()), rows.map(writer::line));
    }
}
