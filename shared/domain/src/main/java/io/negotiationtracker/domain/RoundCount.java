package io.negotiationtracker.domain;

import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.WorldDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many rounds a negotiation has had, as an analyst counts them: rounds held from its opening on, by level. A
 * meeting that certainly took place before the opening (its last possible day is before the opening's first) is listed
 * as such, not counted; a meeting that caps a series of rounds (a leaders' meeting, {@code caps}) is listed with the
 * rounds it capped, not counted as one more round.
 */
public record RoundCount(
        WorldDate since,
        Map<RoundLevel, Integer> byLevel,
        int total,
        List<Round> counted,
        List<Round> capstones,
        List<Round> beforeOpening,
        List<Round> cancelled) {

    public static RoundCount of(NegotiationState s) {
        List<Round> counted = new ArrayList<>();
        List<Round> capstones = new ArrayList<>();
        List<Round> before = new ArrayList<>();
        List<Round> cancelled = new ArrayList<>();
        for (Round r : inWorldOrder(s)) {
            if (r.cancelled()) cancelled.add(r);
            else if (r.held() == null) continue;
            else if (s.openedOn() != null
                    && r.ref().occurredOn().latest().isBefore(s.openedOn().earliest())) before.add(r);
            else if (!r.held().cappedRounds().isEmpty()) capstones.add(r);
            else counted.add(r);
        }
        Map<RoundLevel, Integer> byLevel = new EnumMap<>(RoundLevel.class);
        counted.forEach(r -> byLevel.merge(r.held().level(), 1, Integer::sum));
        return new RoundCount(s.openedOn(), byLevel, counted.size(), counted, capstones, before, cancelled);
    }

    /** By level, then the sources' own numbering, then date: dates of rounds are often vaguer than their numbers. */
    private static List<Round> inWorldOrder(NegotiationState s) {
        return s.rounds().values().stream()
                .sorted(Comparator.comparing((Round r) ->
                                r.held() == null ? RoundLevel.WORKING : r.held().level())
                        .thenComparing(r -> r.held() == null || r.held().roundNumber() == null
                                ? Integer.MAX_VALUE
                                : r.held().roundNumber())
                        .thenComparing(r -> r.ref().occurredOn())
                        .thenComparingLong(r -> r.ref().version()))
                .toList();
    }
}
