package io.negotiationtracker.projection.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What can be exported of one negotiation, each as rows with fixed columns (the CSV header; the NDJSON object's fields,
 * in the same order). Every dataset is read through the same fold as the views.
 */
public enum Dataset {
    /** One row per recorded event in world order (retracted and corrected ones kept and marked), as the timeline view. */
    TIMELINE(List.of(
            "position",
            "eventId",
            "version",
            "type",
            "occurredOn",
            "recordedAt",
            "knownOn",
            "confidence",
            "sourceCount",
            "publishers",
            "sourceTitles",
            "sourceUrls",
            "retracted",
            "retractedBy",
            "retractionReason",
            "corrected",
            "correctedBy",
            "correctionReason",
            "data")),
    /** One row per entry of each deadline's history (set, extended, advanced, cancelled, reinstated, signalled). */
    DEADLINES(List.of(
            "deadlineId",
            "title",
            "deadlineClass",
            "kind",
            "dueOn",
            "state",
            "revision",
            "change",
            "changeKind",
            "from",
            "to",
            "occurredOn",
            "recordedAt",
            "note",
            "confidence",
            "publisher",
            "sourceCount")),
    /** One row per measure per day of the range: its state that day and the rate then applying. */
    TARIFFS(List.of(
            "date",
            "measureId",
            "product",
            "imposedBy",
            "target",
            "state",
            "ratePercent",
            "rateQualifier",
            "rateText",
            "basis",
            "decidedOn",
            "pauseDeadlineId",
            "threatenedRatePercent",
            "confidence",
            "publisher",
            "sourceCount")),
    /** One row per round held (retracted rounds are gone, as in the views), then one per round cancelled. */
    ROUNDS(List.of(
            "roundId",
            "status",
            "level",
            "format",
            "roundNumber",
            "location",
            "occurredOn",
            "durationMinutes",
            "outcome",
            "summary",
            "participants",
            "counted",
            "caps",
            "cancelReason",
            "confidence",
            "publisher",
            "sourceCount"));

    private final List<String> columns;

    Dataset(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    /** The name in URLs and file names: timeline, deadlines, tariffs, rounds. */
    public String urlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Dataset> named(String name) {
        return Arrays.stream(values()).filter(d -> d.urlName().equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Dataset::urlName).toList());
    }
}
