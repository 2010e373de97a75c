package io.negotiationtracker.events;

/** Which way an official hints that a deadline may move. On the wire in lower case. */
public enum SignalDirection {
    EXTEND,
    ADVANCE,
    CANCEL,
    UNCERTAIN
}
