package io.negotiationtracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** given(events) / when(event) / then(accepted or refused): the domain's tests, without framework or container. */
final class Spec {
    static final String NEGOTIATION = "us-japan-tariffs-2025";
    static final Source SOURCE = new Source(null, "Test Wire", "A report", null);

    private final List<EventEnvelope> history = new ArrayList<>();
    private ProposedEvent proposed;

    static Spec given(NegotiationEvent... events) {
        Spec spec = new Spec();
        for (NegotiationEvent e : events) spec.and("2025-06-01", e);
        return spec;
    }

    Spec and(String occurredOn, NegotiationEvent e) {
        int version = history.size() + 1;
        history.add(new EventEnvelope(
                UUID.nameUUIDFromBytes(("e" + version).getBytes()),
                NEGOTIATION,
                io.negotiationtracker.events.EventTypes.nameOf(e),
                version,
                version,
                WorldDate.parse(occurredOn),
                Instant.parse("2025-06-20T00:00:00Z"),
                SOURCE,
                Confidence.CONFIRMED,
                e));
        return this;
    }

    /** The id the n-th event of the history gets (from 1). */
    static UUID id(int n) {
        return UUID.nameUUIDFromBytes(("e" + n).getBytes());
    }

    /** An event recorded at a given instant, with a given source and confidence. */
    Spec andRecorded(String occurredOn, String recordedAt, Source source, Confidence confidence, NegotiationEvent e) {
        int version = history.size() + 1;
        history.add(new EventEnvelope(
                id(version),
                NEGOTIATION,
                io.negotiationtracker.events.EventTypes.nameOf(e),
                version,
                version,
                WorldDate.parse(occurredOn),
                Instant.parse(recordedAt),
                source,
                confidence,
                e));
        return this;
    }

    /** The history recorded up to an instant: what the tracker knew then. */
    List<EventEnvelope> recordedBy(String instant) {
        return history.stream()
                .filter(e -> !e.recordedAt().isAfter(Instant.parse(instant)))
                .toList();
    }

    Spec andLinked(String occurredOn, NegotiationEvent e, io.negotiationtracker.events.Links links) {
        int version = history.size() + 1;
        history.add(new EventEnvelope(
                UUID.nameUUIDFromBytes(("e" + version).getBytes()),
                NEGOTIATION,
                io.negotiationtracker.events.EventTypes.nameOf(e),
                version,
                version,
                WorldDate.parse(occurredOn),
                Instant.parse("2025-06-20T00:00:00Z"),
                List.of(SOURCE),
                Confidence.CONFIRMED,
                links,
                e));
        return this;
    }

    Spec whenLinked(NegotiationEvent e, io.negotiationtracker.events.Links links) {
        proposed = new ProposedEvent(
                UUID.randomUUID(), WorldDate.parse("2025-06-17"), List.of(SOURCE), Confidence.CONFIRMED, links, e);
        return this;
    }

    Spec when(NegotiationEvent e) {
        proposed = new ProposedEvent(UUID.randomUUID(), WorldDate.parse("2025-06-17"), SOURCE, Confidence.CONFIRMED, e);
        return this;
    }

    NegotiationState state() {
        return Evolve.fold(NEGOTIATION, history);
    }

    void thenAccepted() {
        assertThat(Decide.decide(state(), proposed)).isEmpty();
    }

    void thenRefused(String field, String messagePart) {
        var violation = Decide.decide(state(), proposed);
        assertThat(violation).as("the event should be refused").isPresent();
        assertThat(violation.get().field()).isEqualTo(field);
        assertThat(violation.get().message()).contains(messagePart);
    }
}
