package io.negotiationtracker.events;

import java.util.List;
import java.util.UUID;

/**
 * An event a writer submits: everything but what the store assigns (version, position, recordedAt). When every source
 * is an unnamed official ("according to government sources"), the fact is reported, never confirmed.
 */
public record ProposedEvent(
        UUID eventId,
        String type,
        WorldDate occurredOn,
        List<Source> sources,
        Confidence confidence,
        Links links,
        NegotiationEvent data) {
    public ProposedEvent {
        Require.present(eventId, "eventId");
        Require.present(occurredOn, "occurredOn");
        sources = Require.nonEmpty(sources, "sources");
        boolean onlyAnonymous = sources.stream().allMatch(Source::anonymous);
        if (onlyAnonymous && confidence == Confidence.CONFIRMED)
            throw new InvalidEventException(
                    "confidence", "cannot be confirmed when the only sources are anonymous officials: use reported");
        confidence = confidence != null ? confidence : onlyAnonymous ? Confidence.REPORTED : Confidence.CONFIRMED;
        links = links == null ? Links.NONE : links;
        Require.present(data, "data");
        type = EventTypes.nameOf(data);
    }

    public ProposedEvent(
            UUID eventId, WorldDate occurredOn, Source source, Confidence confidence, NegotiationEvent data) {
        this(eventId, null, occurredOn, source == null ? null : List.of(source), confidence, Links.NONE, data);
    }

    public ProposedEvent(
            UUID eventId,
            WorldDate occurredOn,
            List<Source> sources,
            Confidence confidence,
            Links links,
            NegotiationEvent data) {
        this(eventId, null, occurredOn, sources, confidence, links, data);
    }

    public Source source() {
        return sources.get(0);
    }

    public EventEnvelope stored(String negotiationId, long version, long position, java.time.Instant recordedAt) {
        return new EventEnvelope(
                eventId,
                negotiationId,
                type,
                version,
                position,
                occurredOn,
                recordedAt,
                sources,
                confidence,
                links,
                data);
    }
}
