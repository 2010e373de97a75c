package io.negotiationtracker.domain;

/** How a deadline's history moved. */
public enum DeadlineChangeKind { SET, EXTENDED, ADVANCED, CANCELLED, REINSTATED, SIGNALLED }
