package io.negotiationtracker.events;

/** Whether the source states the fact (confirmed) or reports it second-hand or as a possibility (reported). On the wire in lower case. */
public enum Confidence {
    CONFIRMED,
    REPORTED
}
