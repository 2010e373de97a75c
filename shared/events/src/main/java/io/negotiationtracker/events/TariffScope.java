package io.negotiationtracker.events;

/** Whom a measure hits: every trading partner (global), or the named target party. On the wire in lower case. */
public enum TariffScope {
    GLOBAL,
    NAMED_PARTIES
}
