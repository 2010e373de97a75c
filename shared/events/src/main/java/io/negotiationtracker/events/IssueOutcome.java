package io.negotiationtracker.events;

/** How an issue left the table. On the wire in lower case. */
public enum IssueOutcome {
    RESOLVED,
    DROPPED,
    SUPERSEDED
}
