package io.negotiationtracker.events;

/**
 * How much of a world date the source gives: news often says only "this year", "in April" or "in early July".
 * Ordered from the vaguest: a part of a month ("early", "mid", "late") sits between the month and the day.
 */
public enum DatePrecision {
    YEAR,
    MONTH,
    EARLY_MONTH,
    MID_MONTH,
    LATE_MONTH,
    DAY,
    INSTANT
}
