package io.negotiationtracker.events;

/** Who met (heads of government, ministers, or officials). On the wire in lower case. */
public enum RoundLevel {
    SUMMIT,
    MINISTERIAL,
    WORKING
}
