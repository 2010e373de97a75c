package io.negotiationtracker.events;

import java.util.List;

/** A meeting of the parties. roundNumber is the number the sources give within its level (e.g. the sixth ministerial round). */
public record RoundHeld(String roundId, RoundLevel level, RoundFormat format, Integer roundNumber, String location,
                        List<Person> participants, Integer durationMinutes, RoundOutcome outcome, String summary)
        implements NegotiationEvent {
    public RoundHeld {
        roundId = Require.slug(roundId, "roundId");
        level = Require.present(level, "level");
        format = format == null ? RoundFormat.IN_PERSON : format;
        roundNumber = Require.positive(roundNumber, "roundNumber");
        location = Require.optionalText(location, "location");
        participants = Require.list(participants);
        durationMinutes = Require.positive(durationMinutes, "durationMinutes");
        outcome = outcome == null ? RoundOutcome.UNKNOWN : outcome;
        summary = Require.optionalText(summary, "summary");
    }
}
