package io.negotiationtracker.notifier.api;

import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.notifier.alerts.AlertFilter;
import io.negotiationtracker.platform.http.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads and checks the alert filters shared by GET /api/alerts and its stream; a bad one is a 400 naming it. */
final class AlertQuery {
    private AlertQuery() {}

    static AlertFilter filter(String negotiationId, String kind, String since, Long after) {
        return new AlertFilter(negotiationId(negotiationId), kind(kind), since(since), after(after, "after"));
    }

    static String negotiationId(String negotiationId) {
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest(
                    "negotiationId",
                    "'" + negotiationId + "' is not a valid negotiation id: lower-case letters, digits and '-'");
        return negotiationId;
    }

    static String kind(String kind) {
        if (kind == null) return null;
        String k = kind.toLowerCase(Locale.ROOT);
        if (AlertKind.fromWire(k).isEmpty())
            throw ProblemException.badRequest("kind", "kind must be one of " + AlertKind.wireNames());
        return k;
    }

    static Instant since(String since) {
        if (since == null) return null;
        try {
            return since.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "since", "since must be a date (2025-06-17) or an ISO-8601 instant, not '" + since + "'");
        }
    }

    static long after(Long after, String field) {
        if (after == null) return 0;
        if (after < 0) throw ProblemException.badRequest(field, field + " must be 0 or more");
        return after;
    }

    static int limit(Integer limit) {
        if (limit == null) return 500;
        if (limit < 1 || limit > 5000) throw ProblemException.badRequest("limit", "limit must be between 1 and 5000");
        return limit;
    }
}
