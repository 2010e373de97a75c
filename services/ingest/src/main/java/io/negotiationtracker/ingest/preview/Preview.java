package io.negotiationtracker.ingest.preview;

import io.negotiationtracker.domain.alerts.DueAlert;
import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendResult;
import io.negotiationtracker.ingest.store.DryRun;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an append would do, stored nowhere: the outcome the writer would answer and the stream's version now; when it
 * would append (or is a retry of one stored), a body with the status before and after ({@link StatusSummary}), what
 * differs ({@link StatusChanges}) and the alerts it would raise ({@link FoldedAppend}). A refused append has no body:
 * it is answered as the append would be.
 */
public record Preview(AppendOutcome.Final outcome, long version, Map<String, Object> body) {

    public static Preview of(DryRun run, String negotiationId, LocalDate today) {
        boolean appends = run.outcome() instanceof AppendOutcome.Appended;
        AppendResult result = run.outcome() instanceof AppendOutcome.Appended a
                ? a.result()
                : run.outcome() instanceof AppendOutcome.Replayed r ? r.result() : null;
        if (result == null) return new Preview(run.outcome(), run.version(), Map.of());
        FoldedAppend folded = FoldedAppend.of(negotiationId, run.stream(), run.proposed(), today);
        Map<String, Object> before = StatusSummary.of(folded.before(), today);
        Map<String, Object> after = StatusSummary.of(folded.after(), today);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("outcome", appends ? "would_append" : "already_stored");
        body.put("negotiationId", negotiationId);
        body.put("versionBefore", run.version());
        body.put("streamVersion", appends ? result.streamVersion() : run.version());
        body.put(
                "events",
                result.events().stream()
                        .map(e -> Map.of("eventId", e.eventId(), "version", e.version(), "duplicate", e.duplicate()))
                        .toList());
        body.put("before", before);
        body.put("after", after);
        body.put("changes", StatusChanges.between(before, after));
        body.put(
                "alerts",
                Stream.concat(
                                folded.event().stream().map(a -> alert(a, "event")),
                                folded.today().stream().map(a -> alert(a, "today")))
                        .toList());
        return new Preview(run.outcome(), run.version(), body);
    }

    /** @param raisedBy "event" (the change the append makes) or "today" (a time alert the day's scan would add) */
    private static Map<String, Object> alert(DueAlert a, String raisedBy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().wireName());
        m.put("raisedBy", raisedBy);
        m.put("deadlineId", a.deadlineId());
        m.put("deadlineClass", a.deadlineClass().name().toLowerCase(Locale.ROOT));
        m.put("dueOn", a.dueOn() == null ? null : a.dueOn().toString());
        m.put(
                "previousDueOn",
                a.previousDueOn() == null ? null : a.previousDueOn().toString());
        m.put("horizonDays", a.horizonDays());
        m.put("message", a.message());
        return m;
    }
}
