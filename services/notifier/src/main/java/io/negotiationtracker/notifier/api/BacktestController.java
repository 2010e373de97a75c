package io.negotiationtracker.notifier.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.domain.alerts.AlertBacktest;
import io.negotiationtracker.domain.alerts.BacktestAlert;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a policy would have told a reader, day by day, from the events published by each day (the domain's backtest).
 * Every line carries every field ({@code horizonDays} and {@code reason} are null when they do not apply).
 */
@Controller("/api/negotiations")
@Tag(name = "backtest")
public class BacktestController {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventLog log;
    private final EventCodec codec;

    public BacktestController(EventLog log, EventCodec codec) {
        this.log = log;
        this.codec = codec;
    }

    @Operation(
            operationId = "alertBacktest",
            summary =
                    "What a policy would have sent (and suppressed), day by day, from the events published by each day")
    @ApiResponse(
            responseCode = "200",
            description = "{negotiationId, from, to, policy, sent, suppressed, alerts: [...]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/{negotiationId}/alert-backtest", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> backtest(
            @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
                    String negotiationId,
            @Parameter(description = "first day, e.g. 2025-04-01") @Nullable @QueryValue String from,
            @Parameter(description = "last day, e.g. 2025-07-31") @Nullable @QueryValue String to,
            @Parameter(description = "the policy as JSON (docs/notifier.md); default: the service's")
                    @Nullable
                    @QueryValue
                    String policy) {
        AlertQuery.negotiationId(negotiationId);
        BacktestQuery q = BacktestQuery.read(from, to, policy, codec);
        List<EventEnvelope> events = log.of(negotiationId);
        if (events.isEmpty()) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        List<BacktestAlert> alerts = AlertBacktest.run(negotiationId, events, q.from(), q.to(), q.policy());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("negotiationId", negotiationId);
        out.put("from", q.from().toString());
        out.put("to", q.to().toString());
        out.put("policy", PolicyJson.write(q.policy()));
        out.put("sent", alerts.stream().filter(BacktestAlert::sent).count());
        out.put("suppressed", alerts.stream().filter(a -> !a.sent()).count());
        out.put("alerts", alerts.stream().map(BacktestController::line).toList());
        try {
            return HttpResponse.ok(JSON.writeValueAsString(out)).contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> line(BacktestAlert b) {
        var a = b.alert();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", b.day().toString());
        out.put("deadlineId", a.deadlineId());
        out.put("deadlineClass", a.deadlineClass().name().toLowerCase(java.util.Locale.ROOT));
        out.put("dueOn", a.dueOn() == null ? null : a.dueOn().toString());
        out.put("kind", a.kind().wireName());
        out.put("horizonDays", a.horizonDays());
        out.put("revision", a.revision());
        out.put("sent", b.sent());
        out.put("reason", b.reason() == null ? null : b.reason().wireName());
        out.put("message", a.message());
        return out;
    }
}
