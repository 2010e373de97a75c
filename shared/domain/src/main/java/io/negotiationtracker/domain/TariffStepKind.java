package io.negotiationtracker.domain;

/** What one step in a measure's life did. */
public enum TariffStepKind {
    ANNOUNCED,
    THREATENED,
    IMPOSED,
    CHANGED,
    SUSPENDED,
    LIFTED
}
