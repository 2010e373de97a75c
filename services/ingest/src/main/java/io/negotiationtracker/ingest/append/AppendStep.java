package io.negotiationtracker.ingest.append;

import io.negotiationtracker.domain.Decide;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.RuleViolation;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.ingest.append.AppendOutcome.DuplicateConflict;
import io.negotiationtracker.ingest.append.AppendOutcome.Refused;
import io.negotiationtracker.ingest.append.AppendOutcome.Replayed;
import io.negotiationtracker.ingest.append.AppendOutcome.RetryInNextGroup;
import io.negotiationtracker.ingest.append.AppendOutcome.VersionConflict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The append rules for one group of appends, without I/O, so they can be read and tested on their own. Taken in the
 * group's order, an append waits for the next group if an earlier append is storing one of its eventIds; is a duplicate
 * conflict if an eventId is stored, or repeated in it, with other content; is replayed if all its events are stored; is
 * a version conflict if the client expected another version; is refused at the first event {@link Decide} refuses.
 * Otherwise its new events take the next versions and are {@link Evolve}d into the stream's state, where the next append
 * of that stream starts; an append settled any other way changes nothing the later ones see. A correction changes what
 * came before it, which only a fold of the whole stream shows: later appends to that stream wait for the next group,
 * whose state is folded afresh from the store (events after a correction in the same append are decided on the state
 * before it, with the correction in its ledger).
 */
public final class AppendStep {
    private final Stored stored;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, NegotiationState> states = new HashMap<>();
    private final Set<UUID> storing = new HashSet<>();
    private final Set<String> pastChanged = new HashSet<>();

    private AppendStep(Stored stored) {
        this.stored = stored;
    }

    /** Decides every append of the group; the plan places the new events once the store has taken their positions. */
    public static AppendPlan plan(List<AppendRequest> group, Stored stored) {
        AppendStep step = new AppendStep(stored);
        List<AppendPlan.Decision> decisions = group.stream().map(step::decide).toList();
        return new AppendPlan(decisions, step.versions, step.states);
    }

    /**
     * The streams whose folded state {@link #plan} may need: those to which an append brings an event not stored yet.
     * Folding no others spares a pure retry the reading of its stream.
     */
    public static Set<String> streamsToFold(List<AppendRequest> group, Set<UUID> storedIds) {
        return group.stream()
                .filter(r -> r.events().stream().anyMatch(e -> !storedIds.contains(e.eventId())))
                .map(AppendRequest::negotiationId)
                .collect(Collectors.toSet());
    }

    private AppendPlan.Decision decide(AppendRequest request) {
        String negotiationId = request.negotiationId();
        if (request.events().stream().anyMatch(e -> storing.contains(e.eventId()))
                || pastChanged.contains(negotiationId)) return settled(new RetryInNextGroup());
        long current =
                versions.containsKey(negotiationId) ? versions.get(negotiationId) : stored.version(negotiationId);
        Sorted sorted = sort(request);
        if (sorted.conflict() != null) return settled(sorted.conflict());
        if (sorted.fresh().isEmpty()) return settled(replayed(request, sorted.known(), current));
        if (request.expected().isPresent() && request.expected().getAsLong() != current)
            return settled(new VersionConflict(request.expected().getAsLong(), current));
        NegotiationState state =
                states.containsKey(negotiationId) ? states.get(negotiationId) : stored.state(negotiationId);
        List<NewEvent> fresh = new ArrayList<>(sorted.fresh().size());
        long version = current;
        for (int i : sorted.fresh()) {
            ProposedEvent event = request.events().get(i);
            Optional<RuleViolation> violation = Decide.decide(state, event);
            if (violation.isPresent()) return settled(new Refused(i, violation.get()));
            EventEnvelope envelope = event.stored(negotiationId, ++version, 0, request.recordedAt());
            state = Evolve.evolve(state, envelope);
            if (Evolve.changesThePast(envelope)) pastChanged.add(negotiationId);
            fresh.add(new NewEvent(
                    envelope, request.digests().get(i), request.json().get(i)));
        }
        versions.put(negotiationId, version);
        if (pastChanged.contains(negotiationId)) states.remove(negotiationId);
        else states.put(negotiationId, state);
        request.events().forEach(e -> storing.add(e.eventId()));
        return new AppendPlan.Ready(request, current, fresh, sorted.known());
    }

    /** The request's events sorted into those stored before (as answered again) and the indexes of the new ones. */
    private record Sorted(Map<UUID, AppendedEvent> known, List<Integer> fresh, DuplicateConflict conflict) {}

    private Sorted sort(AppendRequest request) {
        Map<UUID, AppendedEvent> known = new HashMap<>();
        Map<UUID, String> inRequest = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < request.events().size(); i++) {
            UUID id = request.events().get(i).eventId();
            String digest = request.digests().get(i);
            KnownEvent existing = stored.events().get(id);
            if (existing != null) {
                if (!existing.negotiationId().equals(request.negotiationId())
                        || !existing.digest().equals(digest))
                    return new Sorted(known, fresh, new DuplicateConflict(i, id));
                known.put(id, new AppendedEvent(id, existing.version(), existing.position(), true));
                continue;
            }
            String earlier = inRequest.putIfAbsent(id, digest);
            if (earlier != null && !earlier.equals(digest))
                return new Sorted(known, fresh, new DuplicateConflict(i, id));
            if (earlier == null) fresh.add(i);
        }
        return new Sorted(known, fresh, null);
    }

    /** A retry gets the stream version its own append produced (the highest of its events), not the current one. */
    private static Replayed replayed(AppendRequest request, Map<UUID, AppendedEvent> known, long current) {
        List<AppendedEvent> again = request.events().stream()
                .map(e -> known.get(e.eventId()))
                .distinct()
                .toList();
        long versionThen =
                again.stream().mapToLong(AppendedEvent::version).max().orElse(current);
        return new Replayed(new AppendResult(request.negotiationId(), versionThen, again));
    }

    private static AppendPlan.Decision settled(AppendOutcome outcome) {
        return new AppendPlan.Settled(outcome);
    }
}
