package io.negotiationtracker.projection.api;

import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.render.QueryTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a query's time axes from its parameters: asOf (a date), knownAt (an instant, or a date meaning its last
 * instant) and knowledge ({@code recorded}, the default, or {@code published}, which needs knownAt). Bad input is a
 * 400 naming the parameter.
 */
final class TimeParameters {
    private TimeParameters() {}

    static QueryTime parse(String asOf, String knownAt, String knowledge) {
        String axis = knowledge == null || knowledge.isBlank() ? "recorded" : knowledge.strip();
        if (!axis.equals("recorded") && !axis.equals("published"))
            throw ProblemException.badRequest(
                    "knowledge", "knowledge must be 'recorded' or 'published', not '" + knowledge + "'");
        if (axis.equals("published") && (knownAt == null || knownAt.isBlank()))
            throw ProblemException.badRequest("knownAt", "knowledge=published needs knownAt, e.g. knownAt=2025-07-07");
        return new QueryTime(date(asOf), instant(knownAt), axis.equals("published"));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "asOf must be a date such as 2025-06-17, not '" + value + "'");
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}"))
                return LocalDate.parse(v)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1);
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "knownAt",
                    "knownAt must be an ISO-8601 timestamp such as 2025-06-17T12:00:00Z, not '" + value + "'");
        }
    }
}
