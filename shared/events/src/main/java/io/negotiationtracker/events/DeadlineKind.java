package io.negotiationtracker.events;

/** What a deadline means (a hard cut-off, the date something takes effect, or a target). On the wire in lower case. */
public enum DeadlineKind { HARD, EFFECTIVE_DATE, TARGET }
