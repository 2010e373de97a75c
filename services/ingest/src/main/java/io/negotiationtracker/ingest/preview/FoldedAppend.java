package io.negotiationtracker.ingest.preview;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.domain.alerts.AlertsRaised;
import io.negotiationtracker.domain.alerts.DueAlert;
import io.negotiationtracker.events.EventEnvelope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The negotiation before and after an append, and the alerts the append would raise, all from the domain: the events
 * are folded on one at a time as the notifier applies them (afresh from the whole stream after a correction, which
 * changes the past), each asked {@link AlertsRaised#by} with the state before and after it; then the day's time alerts
 * that the append newly raises (a date moved into a horizon), at the default horizons ({@link AlertPolicy}).
 *
 * @param event the alerts raised by the events themselves; @param today the time alerts the scanner would add today
 */
public record FoldedAppend(
        NegotiationState before, NegotiationState after, List<DueAlert> event, List<DueAlert> today) {

    public static FoldedAppend of(
            String negotiationId, List<EventEnvelope> stream, List<EventEnvelope> proposed, LocalDate day) {
        List<EventEnvelope> all = new ArrayList<>(stream);
        NegotiationState before = Evolve.fold(negotiationId, all);
        NegotiationState state = before;
        List<DueAlert> raised = new ArrayList<>();
        for (EventEnvelope e : proposed) {
            all.add(e);
            NegotiationState next =
                    Evolve.changesThePast(e) ? Evolve.fold(negotiationId, all) : Evolve.evolve(state, e);
            raised.addAll(AlertsRaised.by(state, next, e));
            state = next;
        }
        return new FoldedAppend(
                before, state, raised, AlertsRaised.onDay(before, state, day, AlertPolicy.DEFAULT_HORIZONS));
    }
}
