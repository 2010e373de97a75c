package io.negotiationtracker.ingest.append;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.ingest.append.AppendOutcome.Appended;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What {@link AppendStep} decided for a group: per append, an outcome, or new events ready to store (versions assigned,
 * positions not yet); and the new version and folded state of every stream that gets events. The store takes one range
 * of positions for the whole group ({@link #newEvents()} of them) and {@link #placeAt} hands them out in the group's
 * order, so positions follow the order the appends were decided in.
 */
public final class AppendPlan {
    sealed interface Decision {
        /** How many new events it stores. */
        int newEvents();
    }

    record Settled(AppendOutcome outcome) implements Decision {
        @Override
        public int newEvents() {
            return 0;
        }
    }

    record Ready(AppendRequest request, long versionBefore, List<NewEvent> events, Map<UUID, AppendedEvent> known)
            implements Decision {
        @Override
        public int newEvents() {
            return events.size();
        }
    }

    /** The group's outcomes, in its order, and the rows to insert, positions filled in. */
    public record Placed(List<AppendOutcome> outcomes, List<NewEvent> rows) {
        /** The highest position the group takes; 0 when it stores nothing. */
        public long lastPosition() {
            return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).envelope().position();
        }
    }

    private final List<Decision> decisions;
    private final Map<String, Long> streamVersions;
    private final Map<String, NegotiationState> states;

    AppendPlan(List<Decision> decisions, Map<String, Long> streamVersions, Map<String, NegotiationState> states) {
        this.decisions = List.copyOf(decisions);
        this.streamVersions = Map.copyOf(streamVersions);
        this.states = Map.copyOf(states);
    }

    /** How many new events the group stores: the number of positions to take. */
    public int newEvents() {
        return decisions.stream().mapToInt(Decision::newEvents).sum();
    }

    /** The version each stream that gets events is at once they are stored. */
    public Map<String, Long> streamVersions() {
        return streamVersions;
    }

    /** The folded state of each stream that gets events, at its new version: worth keeping for the next append. */
    public Map<String, NegotiationState> states() {
        return states;
    }

    /** The outcomes and rows once the group's new events take the positions from {@code firstPosition} on. */
    public Placed placeAt(long firstPosition) {
        long position = firstPosition;
        List<AppendOutcome> outcomes = new ArrayList<>(decisions.size());
        List<NewEvent> rows = new ArrayList<>();
        for (Decision decision : decisions) {
            switch (decision) {
                case Settled settled -> outcomes.add(settled.outcome());
                case Ready ready -> {
                    Map<UUID, AppendedEvent> answer = new HashMap<>(ready.known());
                    for (NewEvent fresh : ready.events()) {
                        EventEnvelope e = at(fresh.envelope(), position++);
                        rows.add(new NewEvent(e, fresh.digest(), fresh.json()));
                        answer.put(e.eventId(), new AppendedEvent(e.eventId(), e.version(), e.position(), false));
                    }
                    AppendRequest request = ready.request();
                    outcomes.add(new Appended(new AppendResult(
                            request.negotiationId(),
                            ready.versionBefore() + ready.events().size(),
                            request.events().stream()
                                    .map(e -> answer.get(e.eventId()))
                                    .distinct()
                                    .toList())));
                }
            }
        }
        return new Placed(outcomes, rows);
    }

    private static EventEnvelope at(EventEnvelope e, long position) {
        return new EventEnvelope(
                e.eventId(),
                e.negotiationId(),
                e.type(),
                e.version(),
                position,
                e.occurredOn(),
                e.recordedAt(),
                e.sources(),
                e.confidence(),
                e.links(),
                e.data());
    }
}
