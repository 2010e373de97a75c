package io.negotiationtracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the world with the precision its source gives: "2025", "2025-04", "2025-07-early" (days 1-10),
 * "2025-07-mid" (11-20), "2025-07-late" (21 to the month's end), "2025-06-16" or an ISO-8601 timestamp.
 * It orders by its first day, then by precision (the vaguer first); {@link #latest()} is the last day it may mean.
 * Years outside 1900-2200 are refused: no negotiation the tracker follows lies there, and calendars and feeds built
 * from such dates break.
 */
public record WorldDate(LocalDate earliest, DatePrecision precision, Instant instant) implements Comparable<WorldDate> {

    public static final String FORMATS =
            "expected YYYY, YYYY-MM, YYYY-MM-early|mid|late, YYYY-MM-DD or an ISO-8601 timestamp such as 2025-06-16T09:30:00Z";
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    private static final Pattern PART_OF_MONTH = Pattern.compile("(\\d{4}-\\d{2})-(early|mid|late)");

    public WorldDate {
        if (earliest == null || precision == null)
            throw new InvalidEventException("", "a world date needs a day and a precision");
        if (earliest.getYear() < FIRST_YEAR || earliest.getYear() > LAST_YEAR)
            throw new InvalidEventException(
                    "",
                    "lies in the year " + earliest.getYear() + "; dates must lie between " + FIRST_YEAR + " and "
                            + LAST_YEAR);
    }

    public static WorldDate parse(String text, String field) {
        if (text == null || text.isBlank()) throw new InvalidEventException(field, "is required (" + FORMATS + ")");
        String s = text.strip();
        try {
            if (s.matches("\\d{4}"))
                return new WorldDate(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR, null);
            if (s.matches("\\d{4}-\\d{2}"))
                return new WorldDate(YearMonth.parse(s).atDay(1), DatePrecision.MONTH, null);
            Matcher part = PART_OF_MONTH.matcher(s);
            if (part.matches()) return partOfMonth(YearMonth.parse(part.group(1)), part.group(2));
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return new WorldDate(LocalDate.parse(s), DatePrecision.DAY, null);
            if (s.contains("T") && s.length() <= 40) {
                Instant at = OffsetDateTime.parse(s).toInstant();
                return new WorldDate(LocalDate.ofInstant(at, ZoneOffset.UTC), DatePrecision.INSTANT, at);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new InvalidEventException(field, "'" + shortened(s) + "' is not a valid date (" + FORMATS + ")");
        } catch (InvalidEventException e) {
            throw new InvalidEventException(field, "'" + shortened(s) + "' " + e.getMessage());
        }
        throw new InvalidEventException(field, "'" + shortened(s) + "' is not a valid date (" + FORMATS + ")");
    }

    public static WorldDate parse(String text) {
        return parse(text, "");
    }

    public static WorldDate day(LocalDate day) {
        return new WorldDate(day, DatePrecision.DAY, null);
    }

    private static WorldDate partOfMonth(YearMonth month, String part) {
        return switch (part) {
            case "early" -> new WorldDate(month.atDay(1), DatePrecision.EARLY_MONTH, null);
            case "mid" -> new WorldDate(month.atDay(11), DatePrecision.MID_MONTH, null);
            default -> new WorldDate(month.atDay(21), DatePrecision.LATE_MONTH, null);
        };
    }

    /** The last day this date may stand for: the year's, month's or part-of-month's end for vague dates. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
            case MONTH, LATE_MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case EARLY_MONTH -> earliest.withDayOfMonth(10);
            case MID_MONTH -> earliest.withDayOfMonth(20);
            case DAY, INSTANT -> earliest;
        };
    }

    /** True when this date certainly or possibly lies on or before {@code day} (its first day does). */
    public boolean onOrBefore(LocalDate day) {
        return !earliest.isAfter(day);
    }

    /** True when {@code day} is one of the days this date may mean. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest());
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
            case EARLY_MONTH -> YearMonth.from(earliest) + "-early";
            case MID_MONTH -> YearMonth.from(earliest) + "-mid";
            case LATE_MONTH -> YearMonth.from(earliest) + "-late";
            case DAY -> earliest.toString();
            case INSTANT -> instant.toString();
        };
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
