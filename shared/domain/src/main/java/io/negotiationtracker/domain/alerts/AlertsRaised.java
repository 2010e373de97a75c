package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.DeadlineCorrection;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.SourceAdded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts recording one event raised, from the negotiation folded before and after it: what the live notifier
 * records for each event it applies and what a preview says an append would raise, so both ask the same rules. A fact
 * raises the alert of the deadline change or settlement it made ({@link AlertRules}); a correction raises, for each
 * deadline whose date or standing it changed, the alert the same change made by an event would raise
 * ({@link DeadlineCorrection}), with the correction's reason: a corrected date is extended or advanced, a retracted
 * setting is cancelled, a retracted move moves the date back.
 */
public final class AlertsRaised {
    private AlertsRaised() {}

    public static List<DueAlert> by(NegotiationState before, NegotiationState after, EventEnvelope event) {
        if (event.data() instanceof Correction c) return corrected(before, after, event, c);
        List<DueAlert> out = new ArrayList<>();
        for (String id : after.deadlines().keySet())
            AlertRules.raisedBy(after, id, event.eventId()).ifPresent(out::add);
        return out;
    }

    /** The time alerts {@code day} raises once the event is folded in that it did not raise before (a date moved into a horizon). */
    public static List<DueAlert> onDay(
            NegotiationState before, NegotiationState after, LocalDate day, List<Integer> horizonsDays) {
        Set<String> already = new LinkedHashSet<>();
        AlertRules.onDay(before, day, horizonsDays).forEach(a -> already.add(a.key()));
        return AlertRules.onDay(after, day, horizonsDays).stream()
                .filter(a -> !already.contains(a.key()))
                .toList();
    }

    private static List<DueAlert> corrected(
            NegotiationState before, NegotiationState after, EventEnvelope event, Correction c) {
        String note = switch (c) {
            case EventRetracted r -> "retracted: " + r.reason();
            case EventCorrected k -> "corrected: " + k.reason();
            case SourceAdded a -> null;
        };
        if (note == null) return List.of();
        Set<String> ids = new LinkedHashSet<>(before.deadlines().keySet());
        ids.addAll(after.deadlines().keySet());
        List<DueAlert> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Deadline> changed = DeadlineCorrection.of(
                    before.deadlines().get(id), after.deadlines().get(id), note, EventRef.of(event));
            changed.ifPresent(d -> out.add(
                    AlertRules.forChange(after.negotiationId(), d, d.history().size() - 1)));
        }
        return out;
    }
}
