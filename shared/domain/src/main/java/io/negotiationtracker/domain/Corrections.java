package io.negotiationtracker.domain;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.Links;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.SourceAdded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a stream through its corrections: the facts as they stand after every retraction, corrected copy and added
 * source that the stream holds. Pure and idempotent (a resolved stream has no corrections left), so a caller may
 * resolve, then sort by world date, then fold. Filter by {@code knownAt} first: a correction recorded later is then not
 * in the stream, and the view shows what was believed before it.
 */
public final class Corrections {
    private Corrections() {}

    /**
     * The facts in the order given: retracted events left out, corrected ones replaced in place, added sources joined.
     * Corrections apply in stream (position) order whatever order the events come in, e.g. world order.
     */
    public static List<EventEnvelope> resolve(List<EventEnvelope> events) {
        if (events.stream().noneMatch(e -> e.data() instanceof Correction)) return events;
        List<EventEnvelope> inStreamOrder = inStreamOrder(events);
        Set<UUID> retracted = retracted(inStreamOrder);
        Map<UUID, EventEnvelope> current = new HashMap<>();
        for (EventEnvelope e : inStreamOrder) {
            if (!(e.data() instanceof Correction correction)) current.put(e.eventId(), e);
            else if (!retracted.contains(e.eventId())) {
                switch (correction) {
                    case EventRetracted r -> {} // the events it takes back are left out below
                    case EventCorrected c ->
                        current.computeIfPresent(c.eventId(), (id, original) -> corrected(original, e, c));
                    case SourceAdded a ->
                        current.computeIfPresent(a.eventId(), (id, original) -> corroborated(original, e));
                }
            }
        }
        List<EventEnvelope> facts = new ArrayList<>(events.size());
        for (EventEnvelope e : events) {
            if (!(e.data() instanceof Correction) && !retracted.contains(e.eventId()))
                facts.add(current.get(e.eventId()));
        }
        return facts;
    }

    /** What happened to each event that a standing correction is about, for timelines and provenance. */
    public static Map<UUID, Amendments> amendments(List<EventEnvelope> events) {
        List<EventEnvelope> inStreamOrder = inStreamOrder(events);
        Set<UUID> retracted = retracted(inStreamOrder);
        Map<UUID, Amendments> by = new HashMap<>();
        for (EventEnvelope e : inStreamOrder) {
            if (!(e.data() instanceof Correction c) || retracted.contains(e.eventId())) continue;
            EventRef ref = EventRef.of(e);
            Amendments now = by.getOrDefault(c.eventId(), Amendments.NONE);
            by.put(
                    c.eventId(),
                    switch (c) {
                        case EventRetracted r -> now.retractedBy(ref, r.reason());
                        case EventCorrected k -> now.correctedBy(ref, k.reason());
                        case SourceAdded a -> now.corroboratedBy(ref);
                    });
        }
        return by;
    }

    private static List<EventEnvelope> inStreamOrder(List<EventEnvelope> events) {
        List<EventEnvelope> sorted = new ArrayList<>(events);
        sorted.sort(
                java.util.Comparator.comparingLong(EventEnvelope::position).thenComparingLong(EventEnvelope::version));
        return sorted;
    }

    /** The events a standing retraction took back (in stream order); a retraction taken back itself stands no more. */
    static Set<UUID> retracted(List<EventEnvelope> events) {
        Set<UUID> retracted = new HashSet<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            EventEnvelope e = events.get(i);
            if (e.data() instanceof EventRetracted r && !retracted.contains(e.eventId())) retracted.add(r.eventId());
        }
        return retracted;
    }

    private static EventEnvelope corrected(EventEnvelope original, EventEnvelope correction, EventCorrected c) {
        return new EventEnvelope(
                original.eventId(),
                original.negotiationId(),
                original.type(),
                original.version(),
                original.position(),
                c.occurredOn() != null ? c.occurredOn() : original.occurredOn(),
                original.recordedAt(),
                joined(original.sources(), correction.sources()),
                correction.confidence(),
                joined(original.links(), correction.links()),
                c.corrected());
    }

    private static EventEnvelope corroborated(EventEnvelope original, EventEnvelope addition) {
        return new EventEnvelope(
                original.eventId(),
                original.negotiationId(),
                original.type(),
                original.version(),
                original.position(),
                original.occurredOn(),
                original.recordedAt(),
                joined(original.sources(), addition.sources()),
                original.confidence() == Confidence.CONFIRMED ? Confidence.CONFIRMED : addition.confidence(),
                original.links(),
                original.data());
    }

    private static List<Source> joined(List<Source> first, List<Source> more) {
        Set<Source> all = new LinkedHashSet<>(first);
        all.addAll(more);
        return new ArrayList<>(all);
    }

    private static List<String> union(List<String> first, List<String> more) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(more);
        return new ArrayList<>(all);
    }

    private static Links joined(Links first, Links more) {
        return first.none()
                ? more
                : more.none()
                        ? first
                        : new Links(
                                union(first.issues(), more.issues()),
                                union(first.measures(), more.measures()),
                                union(first.deadlines(), more.deadlines()));
    }
}
