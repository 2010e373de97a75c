package io.negotiationtracker.ingest.preview;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineStanding;
import io.negotiationtracker.domain.Issue;
import io.negotiationtracker.domain.MeasureStanding;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.RoundCount;
import io.negotiationtracker.domain.TariffMeasure;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A negotiation's status as the dashboard's cards show it, compact and computed only by the domain: rounds counted
 * ({@link RoundCount}), the next legal deadline and where each deadline stands ({@link DeadlineStanding}), each
 * measure's standing ({@link MeasureStanding}), open and blocking issues. Nested maps keyed by id, so that two
 * summaries compare field by field ({@link StatusChanges}); the first key of each is the card it belongs to.
 */
public final class StatusSummary {
    private StatusSummary() {}

    public static Map<String, Object> of(NegotiationState s, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        RoundCount rounds = RoundCount.of(s);
        Map<String, Object> byLevel = new LinkedHashMap<>();
        rounds.byLevel().forEach((level, n) -> byLevel.put(lower(level), n));
        out.put(
                "rounds",
                map(
                        "total",
                        rounds.total(),
                        "byLevel",
                        byLevel,
                        "cancelled",
                        rounds.cancelled().size()));
        out.put(
                "nextLegalDeadline",
                DeadlineStanding.nextLegal(s, today)
                        .map(st -> map(
                                "deadlineId",
                                st.deadline().deadlineId(),
                                "title",
                                st.deadline().title(),
                                "dueOn",
                                text(st.deadline().dueOn()),
                                "daysLeft",
                                st.daysLeft()))
                        .orElse(null));
        Map<String, Object> deadlines = new LinkedHashMap<>();
        for (Deadline d : s.deadlines().values()) {
            DeadlineStanding st = DeadlineStanding.of(d, today);
            deadlines.put(
                    d.deadlineId(),
                    map(
                            "title",
                            d.title(),
                            "class",
                            lower(d.deadlineClass()),
                            "dueOn",
                            text(d.dueOn()),
                            "timing",
                            lower(st.timing()),
                            "targetStatus",
                            lower(st.targetStatus())));
        }
        out.put("deadlines", deadlines);
        Map<String, Object> measures = new LinkedHashMap<>();
        for (TariffMeasure m : s.tariffs().values()) {
            MeasureStanding st = MeasureStanding.of(m, s.deadlines(), today);
            measures.put(
                    m.measureId(),
                    map(
                            "state",
                            lower(st.state()),
                            "ratePercent",
                            st.rateKnown() ? st.ratePercent().toPlainString() : null));
        }
        out.put("measures", measures);
        Map<String, Object> issues = new LinkedHashMap<>();
        for (Issue i : s.issues().values())
            issues.put(
                    i.issueId(), map("title", i.title(), "open", i.isOpen(), "blocking", i.isOpen() && i.blocking()));
        out.put(
                "issues",
                map(
                        "open",
                        s.issues().values().stream().filter(Issue::isOpen).count(),
                        "blocking",
                        s.issues().values().stream()
                                .filter(i -> i.isOpen() && i.blocking())
                                .count(),
                        "items",
                        issues));
        return out;
    }

    /** An ordered map of key, value pairs; values may be null (JSON null). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
