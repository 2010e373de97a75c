package io.negotiationtracker.events;

/** How much of a world date the source gives: news often says only "in April" or "this year". */
public enum DatePrecision { YEAR, MONTH, DAY, INSTANT }
