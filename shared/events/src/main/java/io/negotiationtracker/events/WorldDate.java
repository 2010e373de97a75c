package io.negotiationtracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A date in the world with the precision its source gives: "2025", "2025-04", "2025-06-16" or an ISO-8601 timestamp.
 * It orders by its first day, then by precision (the vaguer first); {@link #latest()} is the last day it may mean.
 */
public record WorldDate(LocalDate earliest, DatePrecision precision, Instant instant) implements Comparable<WorldDate> {

    public static final String FORMATS = "expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp such as 2025-06-16T09:30:00Z";

    public WorldDate {
        if (earliest == null || precision == null) throw new InvalidEventException("", "a world date needs a day and a precision");
    }

    public static WorldDate parse(String text, String field) {
        if (text == null || text.isBlank()) throw new InvalidEventException(field, "is required (" + FORMATS + ")");
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) return new WorldDate(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR, null);
            if (s.matches("\\d{4}-\\d{2}")) return new WorldDate(YearMonth.parse(s).atDay(1), DatePrecision.MONTH, null);
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return new WorldDate(LocalDate.parse(s), DatePrecision.DAY, null);
            if (s.contains("T")) {
                Instant at = OffsetDateTime.parse(s).toInstant();
                return new WorldDate(LocalDate.ofInstant(at, ZoneOffset.UTC), DatePrecision.INSTANT, at);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidEventException(field, "'" + s + "' is not a valid date (" + FORMATS + ")");
        }
        throw new InvalidEventException(field, "'" + s + "' is not a valid date (" + FORMATS + ")");
    }

    public static WorldDate parse(String text) {
        return parse(text, "");
    }

    public static WorldDate day(LocalDate day) {
        return new WorldDate(day, DatePrecision.DAY, null);
    }

    /** The last day this date may stand for: the month's or year's end for vague dates. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case DAY, INSTANT -> earliest;
        };
    }

    /** True when this date certainly or possibly lies on or before {@code day} (its first day does). */
    public boolean onOrBefore(LocalDate day) {
        return !earliest.isAfter(day);
    }

    public boolean isExactDay() {
        return precision == DatePrecision.DAY || precision == DatePrecision.INSTANT;
    }

    @Override
    public int compareTo(WorldDate other) {
        int c = earliest.compareTo(other.earliest);
        if (c != 0) return c;
        c = precision.compareTo(other.precision);
        if (c != 0) return c;
        if (instant == null || other.instant == null) return 0;
        return instant.compareTo(other.instant);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.valueOf(earliest.getYear());
            case MONTH -> YearMonth.from(earliest).toString();
            case DAY -> earliest.toString();
            case INSTANT -> instant.toString();
        };
    }
}
