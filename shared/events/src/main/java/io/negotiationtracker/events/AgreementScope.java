package io.negotiationtracker.events;

/** How far an agreement goes. On the wire in lower case. */
public enum AgreementScope {
    INTERIM,
    FRAMEWORK,
    FINAL
}
