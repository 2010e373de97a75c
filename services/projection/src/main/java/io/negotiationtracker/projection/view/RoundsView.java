package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.domain.Round;
import io.negotiationtracker.domain.RoundCount;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundHeld;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds as an analyst counts them (see {@link RoundCount}): rounds held from the negotiation's opening on, by level,
 * with the numbers the sources give them; the meetings that capped a series of rounds, listed with the rounds they
 * capped; meetings before the opening, listed and not counted. {@code explanation} says on the card what is counted.
 */
public record RoundsView(Summary summary, List<Held> rounds, List<Cancelled> cancelled) {

    public record Summary(
            int total,
            String since,
            Map<String, Integer> byLevel,
            Map<String, Integer> byFormat,
            Map<String, Integer> highestRoundNumber,
            List<Numbered> numbered,
            List<Capstone> capstones,
            List<Held> beforeOpening,
            Held last,
            int cancelled,
            String explanation) {}

    public record Held(
            String roundId,
            String level,
            String format,
            Integer roundNumber,
            String location,
            String occurredOn,
            Integer durationMinutes,
            String outcome,
            String summary,
            List<Person> participants,
            String counted,
            List<String> caps,
            String confidence,
            String publisher,
            int sourceCount) {}

    public record Capstone(Held meeting, List<String> capped, Map<String, Integer> cappedByLevel) {}

    public record Numbered(String level, int roundNumber, String roundId, String occurredOn) {}

    public record Cancelled(String roundId, String reason, String occurredOn) {}

    private static final Comparator<Round> WORLD_ORDER = Comparator.comparing(
                    (Round r) -> r.ref().occurredOn())
            .thenComparingLong(r -> r.ref().version());

    public static RoundsView of(NegotiationState s) {
        RoundCount count = RoundCount.of(s);
        return new RoundsView(
                summary(s, count),
                held(s).stream().map(r -> held(r, role(count, r))).toList(),
                count.cancelled().stream()
                        .sorted(WORLD_ORDER)
                        .map(r -> new Cancelled(
                                r.roundId(),
                                r.cancelReason(),
                                r.ref().occurredOn().toString()))
                        .toList());
    }

    public static Summary summary(NegotiationState s) {
        return summary(s, RoundCount.of(s));
    }

    private static Summary summary(NegotiationState s, RoundCount count) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (String level : List.of("summit", "ministerial", "working")) byLevel.put(level, 0);
        count.byLevel().forEach((level, n) -> byLevel.put(Names.lower(level), n));
        Map<String, Integer> byFormat = new LinkedHashMap<>();
        for (String format : List.of("in_person", "phone", "virtual")) byFormat.put(format, 0);
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (Round r : count.counted()) {
            byFormat.merge(Names.lower(r.held().format()), 1, Integer::sum);
            if (r.held().roundNumber() != null)
                highest.merge(Names.lower(r.held().level()), r.held().roundNumber(), Math::max);
        }
        List<Numbered> numbered = count.counted().stream()
                .filter(r -> r.held().roundNumber() != null)
                .map(r -> new Numbered(
                        Names.lower(r.held().level()),
                        r.held().roundNumber(),
                        r.roundId(),
                        r.ref().occurredOn().toString()))
                .toList();
        List<Capstone> capstones =
                count.capstones().stream().map(r -> capstone(s, r)).toList();
        List<Held> before = count.beforeOpening().stream()
                .map(r -> held(r, "before_opening"))
                .toList();
        List<Round> held = held(s);
        Held last = held.isEmpty() ? null : held(held.get(held.size() - 1), role(count, held.get(held.size() - 1)));
        return new Summary(
                count.total(),
                Names.text(count.since()),
                byLevel,
                byFormat,
                highest,
                numbered,
                capstones,
                before,
                last,
                count.cancelled().size(),
                explanation(count, capstones));
    }

    private static Capstone capstone(NegotiationState s, Round r) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (String id : r.held().cappedRounds()) {
            Round capped = s.rounds().get(id);
            if (capped != null && capped.held() != null)
                byLevel.merge(Names.lower(capped.held().level()), 1, Integer::sum);
        }
        return new Capstone(held(r, "capstone"), r.held().cappedRounds(), byLevel);
    }

    /** E.g. "Rounds held since the opening (2025-04), by level. The summit in Kananaskis capped 6 ministerial rounds; 1 meeting before the opening is not counted." */
    private static String explanation(RoundCount count, List<Capstone> capstones) {
        StringBuilder text = new StringBuilder("Rounds held"
                + (count.since() != null ? " since the opening (" + count.since() + ")" : "") + ", by level.");
        for (Capstone c : capstones) {
            text.append(" The ")
                    .append(c.meeting().level())
                    .append(
                            c.meeting().location() != null
                                    ? " in " + c.meeting().location()
                                    : "")
                    .append(" (")
                    .append(c.meeting().occurredOn())
                    .append(") capped ");
            text.append(String.join(
                            " and ",
                            c.cappedByLevel().entrySet().stream()
                                    .map(e ->
                                            e.getValue() + " " + e.getKey() + " round" + (e.getValue() == 1 ? "" : "s"))
                                    .toList()))
                    .append("; it is listed with them, not counted as one more.");
        }
        if (!count.beforeOpening().isEmpty())
            text.append(" ")
                    .append(count.beforeOpening().size())
                    .append(count.beforeOpening().size() == 1 ? " meeting" : " meetings")
                    .append(" before the opening ")
                    .append(count.beforeOpening().size() == 1 ? "is" : "are")
                    .append(" listed, not counted.");
        return text.toString();
    }

    private static String role(RoundCount count, Round r) {
        if (count.beforeOpening().contains(r)) return "before_opening";
        if (count.capstones().contains(r)) return "capstone";
        return "counted";
    }

    private static List<Round> held(NegotiationState s) {
        return s.rounds().values().stream()
                .filter(Round::wasHeld)
                .sorted(WORLD_ORDER)
                .toList();
    }

    private static Held held(Round r, String counted) {
        RoundHeld h = r.held();
        return new Held(
                r.roundId(),
                Names.lower(h.level()),
                Names.lower(h.format()),
                h.roundNumber(),
                h.location(),
                r.ref().occurredOn().toString(),
                h.durationMinutes(),
                Names.lower(h.outcome()),
                h.summary(),
                h.participants(),
                counted,
                h.cappedRounds(),
                Names.lower(r.ref().confidence()),
                r.ref().source().publisher(),
                r.ref().sources().size());
    }
}
