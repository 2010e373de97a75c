package io.negotiationtracker.notifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.notifier.alerts.AlertKind;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.platform.http.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Controller("/api/alerts")
public class AlertsController {
    private final AlertStore store;

    public AlertsController(AlertStore store) {
        this.store = store;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, List<AlertView>> list(@Nullable @QueryValue String negotiationId, @Nullable @QueryValue String kind,
                                             @Nullable @QueryValue String since, @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit) {
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        return Map.of("alerts", store.list(negotiationId, kind(kind), instant(since), after == null ? 0 : after, limit == null ? 500 : limit));
    }

    static String kind(String kind) {
        if (kind == null) return null;
        String k = kind.toLowerCase(Locale.ROOT);
        if (Arrays.stream(AlertKind.values()).noneMatch(v -> v.name().toLowerCase(Locale.ROOT).equals(k)))
            throw ProblemException.badRequest("kind", "kind must be one of " + Arrays.stream(AlertKind.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        return k;
    }

    static Instant instant(String since) {
        if (since == null) return null;
        try {
            return since.matches("\\d{4}-\\d{2}-\\d{2}") ? java.time.LocalDate.parse(since).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("since", "since must be a date or an ISO-8601 instant, not '" + since + "'");
        }
    }
}
