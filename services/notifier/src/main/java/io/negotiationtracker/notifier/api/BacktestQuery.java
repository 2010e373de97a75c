package io.negotiationtracker.notifier.api;

import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.http.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The checked parameters of an alert backtest: a range of at most 5 years and a policy; a bad one is a 400 naming it. */
record BacktestQuery(LocalDate from, LocalDate to, AlertPolicy policy) {
    static final int MAX_YEARS = 5;

    static BacktestQuery read(String from, String to, String policy, EventCodec codec) {
        LocalDate start = day(from, "from");
        LocalDate end = day(to, "to");
        if (end.isBefore(start))
            throw ProblemException.badRequest("to", "to (" + end + ") is before from (" + start + ")");
        if (end.isAfter(start.plusYears(MAX_YEARS)))
            throw ProblemException.badRequest(
                    "to", "the range from " + start + " to " + end + " is longer than " + MAX_YEARS + " years");
        return new BacktestQuery(start, end, policy(policy, codec));
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank())
            throw ProblemException.badRequest(field, field + " is required (YYYY-MM-DD)");
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    field,
                    field + " must be a day (YYYY-MM-DD), not '"
                            + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }

    private static AlertPolicy policy(String json, EventCodec codec) {
        if (json == null || json.isBlank()) return AlertPolicy.DEFAULT;
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = codec.parse(json);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(
                    "policy", "policy must be a JSON object such as {\"classes\":[\"legal\"],\"horizonsDays\":[7,1]}");
        }
        return PolicyJson.read(node, "policy");
    }
}
