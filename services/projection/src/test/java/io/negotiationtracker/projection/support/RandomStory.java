package io.negotiationtracker.projection.support;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundFormat;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.RoundOutcome;
import io.negotiationtracker.events.StatementMade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Many negotiations' events interleaved, world dates partly out of order; counts what each view must show. */
public final class RandomStory {
    private final Random random;
    private final List<Story> stories = new ArrayList<>();
    private final Map<String, Integer> rounds = new HashMap<>();
    private final Map<String, Integer> events = new HashMap<>();

    public RandomStory(String prefix, int negotiations, long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < negotiations; i++) stories.add(new Story(prefix + "-" + i));
    }

    /** Opens every negotiation, then {@code count} rounds and statements spread over them at random. */
    public List<EventEnvelope> events(int count) {
        List<EventEnvelope> out = new ArrayList<>();
        for (Story s : stories) {
            out.add(s.on(
                    "2025-01-02",
                    new NegotiationOpened(
                            "Talks " + s.negotiationId(),
                            List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                            List.of(),
                            null)));
            events.merge(s.negotiationId(), 1, Integer::sum);
        }
        for (int i = 0; i < count; i++) {
            Story s = stories.get(random.nextInt(stories.size()));
            String day = LocalDate.of(2025, 2, 1).plusDays(random.nextInt(120)).toString();
            if (random.nextBoolean()) {
                out.add(s.on(
                        day,
                        new RoundHeld(
                                "round-" + i,
                                RoundLevel.values()[random.nextInt(3)],
                                RoundFormat.values()[random.nextInt(3)],
                                null,
                                null,
                                List.of(),
                                60,
                                RoundOutcome.PROGRESS,
                                null)));
                rounds.merge(s.negotiationId(), 1, Integer::sum);
            } else {
                out.add(s.on(
                        day, new StatementMade(new Person("Speaker " + i, null, "JP"), "Statement number " + i, null)));
            }
            events.merge(s.negotiationId(), 1, Integer::sum);
        }
        return out;
    }

    public Map<String, Integer> roundsByNegotiation() {
        return rounds;
    }

    public Map<String, Integer> eventsByNegotiation() {
        return events;
    }
}
