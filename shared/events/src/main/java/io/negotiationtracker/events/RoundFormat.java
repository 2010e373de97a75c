package io.negotiationtracker.events;

/** How the round was held. On the wire in lower case. */
public enum RoundFormat {
    IN_PERSON,
    PHONE,
    VIRTUAL
}
