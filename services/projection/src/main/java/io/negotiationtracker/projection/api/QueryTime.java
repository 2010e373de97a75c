package io.negotiationtracker.projection.api;

import io.negotiationtracker.platform.http.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The two time axes of a query: asOf (a world date) and knownAt (a recording instant). */
record QueryTime(LocalDate asOf, Instant knownAt) {
    static QueryTime parse(String asOf, String knownAt) {
        return new QueryTime(date(asOf), instant(knownAt));
    }

    boolean isNow() {
        return asOf == null && knownAt == null;
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
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1);
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("knownAt", "knownAt must be an ISO-8601 timestamp such as 2025-06-17T12:00:00Z, not '" + value + "'");
        }
    }
}
