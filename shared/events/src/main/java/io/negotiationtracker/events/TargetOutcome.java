package io.negotiationtracker.events;

/** Whether a party reached its aim. On the wire in lower case. */
public enum TargetOutcome {
    MET,
    MISSED
}
