package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Round;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundHeld;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rounds held (in world order), counted by level and format, with the numbers the sources give them. */
public record RoundsView(Summary summary, List<Held> rounds, List<Cancelled> cancelled) {

    public record Summary(int total, Map<String, Integer> byLevel, Map<String, Integer> byFormat, Map<String, Integer> highestRoundNumber,
                          List<Numbered> numbered, Held last, int cancelled) {}

    public record Held(String roundId, String level, String format, Integer roundNumber, String location, String occurredOn,
                       Integer durationMinutes, String outcome, String summary, List<Person> participants, String confidence, String publisher) {}

    public record Numbered(String level, int roundNumber, String roundId, String occurredOn) {}

    public record Cancelled(String roundId, String reason, String occurredOn) {}

    private static final Comparator<Round> WORLD_ORDER = Comparator.comparing((Round r) -> r.ref().occurredOn()).thenComparingLong(r -> r.ref().version());

    public static RoundsView of(NegotiationState s) {
        return new RoundsView(summary(s), held(s).stream().map(RoundsView::held).toList(),
                s.rounds().values().stream().filter(Round::cancelled).sorted(WORLD_ORDER)
                        .map(r -> new Cancelled(r.roundId(), r.cancelReason(), r.ref().occurredOn().toString())).toList());
    }

    public static Summary summary(NegotiationState s) {
        List<Round> held = held(s);
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (String level : List.of("summit", "ministerial", "working")) byLevel.put(level, 0);
        Map<String, Integer> byFormat = new LinkedHashMap<>();
        for (String format : List.of("in_person", "phone", "virtual")) byFormat.put(format, 0);
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (Round r : held) {
            byLevel.merge(Names.lower(r.held().level()), 1, Integer::sum);
            byFormat.merge(Names.lower(r.held().format()), 1, Integer::sum);
            if (r.held().roundNumber() != null) highest.merge(Names.lower(r.held().level()), r.held().roundNumber(), Math::max);
        }
        List<Numbered> numbered = held.stream().filter(r -> r.held().roundNumber() != null)
                .map(r -> new Numbered(Names.lower(r.held().level()), r.held().roundNumber(), r.roundId(), r.ref().occurredOn().toString())).toList();
        Held last = held.isEmpty() ? null : held(held.get(held.size() - 1));
        int cancelled = (int) s.rounds().values().stream().filter(Round::cancelled).count();
        return new Summary(held.size(), byLevel, byFormat, highest, numbered, last, cancelled);
    }

    private static List<Round> held(NegotiationState s) {
        return s.rounds().values().stream().filter(Round::wasHeld).sorted(WORLD_ORDER).toList();
    }

    private static Held held(Round r) {
        RoundHeld h = r.held();
        return new Held(r.roundId(), Names.lower(h.level()), Names.lower(h.format()), h.roundNumber(), h.location(), r.ref().occurredOn().toString(),
                h.durationMinutes(), Names.lower(h.outcome()), h.summary(), h.participants(), Names.lower(r.ref().confidence()),
                r.ref().source().publisher());
    }
}
