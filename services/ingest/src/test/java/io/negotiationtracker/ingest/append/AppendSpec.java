package io.negotiationtracker.ingest.append;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.events.json.EventJson;
import io.negotiationtracker.ingest.append.AppendOutcome.Appended;
import io.negotiationtracker.ingest.append.AppendOutcome.Refused;
import io.negotiationtracker.ingest.append.AppendOutcome.Replayed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * given(what is stored) / when(a group of appends) / then(each append's outcome, the rows to insert): the append rules
 * without a database. The group's positions start after the last stored one, as the store would hand them out.
 */
final class AppendSpec {
    static final Instant NOW = Instant.parse("2025-06-20T00:00:00Z");
    private static final EventCodec CODEC = new EventCodec();

    private final Map<UUID, KnownEvent> known = new HashMap<>();
    private final Map<String, List<EventEnvelope>> streams = new LinkedHashMap<>();
    private long head;
    private AppendPlan plan;
    private AppendPlan.Placed placed;
    private Set<String> folded;

    static AppendSpec given() {
        return new AppendSpec();
    }

    /** Stores the events at the stream's next versions and the next positions, as earlier appends would have. */
    AppendSpec stored(String negotiationId, ProposedEvent... events) {
        List<EventEnvelope> stream = streams.computeIfAbsent(negotiationId, id -> new ArrayList<>());
        for (ProposedEvent e : events) {
            EventEnvelope envelope = e.stored(negotiationId, stream.size() + 1, ++head, NOW);
            stream.add(envelope);
            known.put(
                    e.eventId(),
                    new KnownEvent(negotiationId, envelope.version(), envelope.position(), digest(negotiationId, e)));
        }
        return this;
    }

    AppendSpec when(AppendRequest... appends) {
        List<AppendRequest> group = List.of(appends);
        folded = AppendStep.streamsToFold(group, known.keySet());
        Map<String, Long> versions = new HashMap<>();
        Map<String, NegotiationState> states = new HashMap<>();
        for (AppendRequest a : group) {
            List<EventEnvelope> stream = streams.getOrDefault(a.negotiationId(), List.of());
            versions.put(a.negotiationId(), (long) stream.size());
            if (folded.contains(a.negotiationId()))
                states.put(a.negotiationId(), Evolve.fold(a.negotiationId(), stream));
        }
        plan = AppendStep.plan(group, new Stored(known, versions, states));
        placed = plan.placeAt(head + 1);
        return this;
    }

    static AppendRequest append(String negotiationId, ProposedEvent... events) {
        return request(negotiationId, OptionalLong.empty(), events);
    }

    static AppendRequest appendExpecting(long version, String negotiationId, ProposedEvent... events) {
        return request(negotiationId, OptionalLong.of(version), events);
    }

    private static AppendRequest request(String negotiationId, OptionalLong expected, ProposedEvent... events) {
        List<String> digests = java.util.Arrays.stream(events)
                .map(e -> digest(negotiationId, e))
                .toList();
        List<EventJson> json =
                java.util.Arrays.stream(events).map(e -> EventJson.of(CODEC, e)).toList();
        return new AppendRequest(negotiationId, List.of(events), digests, json, expected, NOW);
    }

    /** Stands in for the content digest: what the event says and where, without its id. */
    static String digest(String negotiationId, ProposedEvent e) {
        return String.join(
                "|",
                negotiationId,
                e.type(),
                e.occurredOn().toString(),
                e.sources().toString(),
                e.confidence().toString(),
                e.links().toString(),
                e.data().toString());
    }

    /** An event the append stores now. */
    static AppendedEvent fresh(ProposedEvent e, long version, long position) {
        return new AppendedEvent(e.eventId(), version, position, false);
    }

    /** An event the append finds stored already (a retry). */
    static AppendedEvent again(ProposedEvent e, long version, long position) {
        return new AppendedEvent(e.eventId(), version, position, true);
    }

    static AppendOutcome appended(String negotiationId, long streamVersion, AppendedEvent... events) {
        return new Appended(new AppendResult(negotiationId, streamVersion, List.of(events)));
    }

    static AppendOutcome replayed(String negotiationId, long streamVersion, AppendedEvent... events) {
        return new Replayed(new AppendResult(negotiationId, streamVersion, List.of(events)));
    }

    /** The outcome of each append of the group, in its order. */
    AppendSpec then(AppendOutcome... outcomes) {
        assertThat(placed.outcomes()).containsExactly(outcomes);
        return this;
    }

    AppendSpec thenOutcome(int append, AppendOutcome outcome) {
        assertThat(placed.outcomes().get(append)).isEqualTo(outcome);
        return this;
    }

    AppendSpec thenRefused(int append, int index, String field, String messagePart) {
        assertThat(placed.outcomes().get(append)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.index())
                    .as("the refused event's place in its request")
                    .isEqualTo(index);
            assertThat(refused.violation().field()).isEqualTo(field);
            assertThat(refused.violation().message()).contains(messagePart);
        });
        return this;
    }

    /** The rows to insert: these events, in this order, at consecutive positions after the last stored one. */
    AppendSpec thenStores(ProposedEvent... events) {
        assertThat(placed.rows())
                .extracting(row -> row.envelope().eventId())
                .containsExactly(java.util.Arrays.stream(events)
                        .map(ProposedEvent::eventId)
                        .toArray(UUID[]::new));
        for (int i = 0; i < placed.rows().size(); i++)
            assertThat(placed.rows().get(i).envelope().position()).isEqualTo(head + 1 + i);
        assertThat(plan.newEvents()).as("positions to take").isEqualTo(events.length);
        assertThat(placed.lastPosition()).isEqualTo(events.length == 0 ? 0 : head + events.length);
        return this;
    }

    AppendSpec thenStoresNothing() {
        thenStores();
        assertThat(plan.streamVersions()).as("no stream moves").isEmpty();
        assertThat(plan.states()).as("no state to keep").isEmpty();
        return this;
    }

    /** The stream's version once the group is stored, and the state kept for the next group, folded to that version. */
    NegotiationState thenStreamAt(String negotiationId, long version) {
        assertThat(plan.streamVersions()).containsEntry(negotiationId, version);
        assertThat(plan.states().get(negotiationId).version()).isEqualTo(version);
        return plan.states().get(negotiationId);
    }

    /** The streams whose state had to be folded from the store for the group. */
    AppendSpec thenFolded(String... negotiationIds) {
        assertThat(folded).containsExactlyInAnyOrder(negotiationIds);
        return this;
    }
}
