package io.negotiationtracker.domain;

import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The events a state was folded from, by id and type, and which of them a retraction took back: what {@link Decide}
 * needs to judge a correction ("no such event here", "already retracted", "keeps its type"). Appending is amortised
 * O(1); a look-up scans, which only a correction asks for.
 */
public record Ledger(List<Entry> entries) {
    /** One recorded event; {@code about} is the event a correction concerns, else null. */
    public record Entry(UUID eventId, String type, UUID about, boolean retraction) {}

    public static final Ledger EMPTY = new Ledger(List.of());

    public Ledger {
        entries = AppendOnlyList.of(entries);
    }

    Ledger plus(EventEnvelope e) {
        UUID about = e.data() instanceof Correction c ? c.eventId() : null;
        return new Ledger(((AppendOnlyList<Entry>) entries)
                .plus(new Entry(e.eventId(), e.type(), about, e.data() instanceof EventRetracted)));
    }

    /** The type of a recorded event, or empty when this negotiation has no event of that id. */
    public Optional<String> typeOf(UUID eventId) {
        return entries.stream()
                .filter(x -> x.eventId().equals(eventId))
                .map(Entry::type)
                .findFirst();
    }

    /** Whether a retraction that is itself still standing took the event back. */
    public boolean retracted(UUID eventId) {
        return entries.stream().anyMatch(x -> x.retraction() && eventId.equals(x.about()) && !retracted(x.eventId()));
    }
}
