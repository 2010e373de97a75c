package io.negotiationtracker.projection.export;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.projection.view.RoundsView;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rounds dataset: the rounds view's rounds held (a retracted round is not there: the fold took it back) and then
 * its cancelled rounds.
 */
final class RoundRows {
    private RoundRows() {}

    static Stream<List<Object>> of(NegotiationState s) {
        RoundsView view = RoundsView.of(s);
        return Stream.concat(
                view.rounds().stream().map(RoundRows::held),
                view.cancelled().stream().map(RoundRows::cancelled));
    }

    private static List<Object> held(RoundsView.Held r) {
        return Arrays.asList(
                r.roundId(),
                "held",
                r.level(),
                r.format(),
                r.roundNumber(),
                r.location(),
                r.occurredOn(),
                r.durationMinutes(),
                r.outcome(),
                r.summary(),
                r.participants() == null
                        ? List.of()
                        : r.participants().stream().map(RoundRows::person).toList(),
                r.counted(),
                r.caps() == null ? List.of() : r.caps(),
                null,
                r.confidence(),
                r.publisher(),
                r.sourceCount());
    }

    private static List<Object> cancelled(RoundsView.Cancelled r) {
        return Arrays.asList(
                r.roundId(),
                "cancelled",
                null,
                null,
                null,
                null,
                r.occurredOn(),
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                r.reason(),
                null,
                null,
                null);
    }

    /** "Name (role, party)", the parts there are. */
    static String person(Person p) {
        List<String> about = Stream.of(p.role(), p.party())
                .filter(x -> x != null && !x.isBlank())
                .toList();
        return about.isEmpty() ? p.name() : p.name() + " (" + String.join(", ", about) + ")";
    }
}
