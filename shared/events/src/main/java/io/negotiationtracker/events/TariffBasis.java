package io.negotiationtracker.events;

/** Whether a rate comes on top of existing duties or replaces them. On the wire in lower case. */
public enum TariffBasis {
    ADDITIONAL,
    ALL_INCLUSIVE
}
