package io.negotiationtracker.notifier.alerts;

/** Why an alert fires: a change recorded by an event, or the passing of time (approaching, passed). */
public enum AlertKind { SET, EXTENDED, ADVANCED, CANCELLED, REINSTATED, CHANGE_SIGNALLED, APPROACHING, PASSED }
