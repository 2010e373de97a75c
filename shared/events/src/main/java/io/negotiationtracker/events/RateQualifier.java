package io.negotiationtracker.events;

/** How a source states a rate: exactly, or as a ceiling ("as high as 24%", "up to 24%"). On the wire in lower case. */
public enum RateQualifier {
    EXACT,
    UP_TO
}
