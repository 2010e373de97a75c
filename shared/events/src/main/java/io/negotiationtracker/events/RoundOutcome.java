package io.negotiationtracker.events;

/** What a round produced, as far as the source says. On the wire in lower case. */
public enum RoundOutcome {
    AGREEMENT,
    PROGRESS,
    NO_AGREEMENT,
    UNKNOWN
}
