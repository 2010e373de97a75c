package io.negotiationtracker.events;

import java.util.List;

/**
 * A meeting of the parties. roundNumber is the number the sources give within its level (e.g. the sixth ministerial
 * round). v2: {@code caps} names the rounds a leaders' meeting capped (it is listed with them, not counted as one more).
 */
public record RoundHeld(
        String roundId,
        RoundLevel level,
        RoundFormat format,
        Integer roundNumber,
        String location,
        List<Person> participants,
        Integer durationMinutes,
        RoundOutcome outcome,
        String summary,
        List<String> caps)
        implements NegotiationEvent {
    public RoundHeld {
        roundId = Require.slug(roundId, "roundId");
        level = Require.present(level, "level");
        format = format == null ? RoundFormat.IN_PERSON : format;
        roundNumber = Require.positive(roundNumber, "roundNumber");
        location = Require.optionalText(location, "location");
        participants = Require.list(participants, "participants");
        durationMinutes = Require.positive(durationMinutes, "durationMinutes");
        outcome = outcome == null ? RoundOutcome.UNKNOWN : outcome;
        summary = Require.optionalText(summary, "summary");
        caps = caps == null || caps.isEmpty() ? null : Require.slugs(caps, "caps");
        if (caps != null && caps.contains(roundId))
            throw new InvalidEventException("caps", "a round cannot cap itself");
    }

    /** A v1 round. */
    public RoundHeld(
            String roundId,
            RoundLevel level,
            RoundFormat format,
            Integer roundNumber,
            String location,
            List<Person> participants,
            Integer durationMinutes,
            RoundOutcome outcome,
            String summary) {
        this(roundId, level, format, roundNumber, location, participants, durationMinutes, outcome, summary, null);
    }

    public List<String> cappedRounds() {
        return caps == null ? List.of() : caps;
    }
}
