package io.negotiationtracker.notifier.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.AlertView;
import io.negotiationtracker.notifier.stream.AlertStream;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.SubscriberSlots;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

@Controller("/api/alerts")
@Tag(name = "alerts")
public class AlertsController {
    private final AlertStore store;
    private final AlertStream stream;

    private final SubscriberSlots perClient;

    public AlertsController(AlertStore store, AlertStream stream, AlertStreamLimits limits) {
        this.store = store;
        this.stream = stream;
        this.perClient =
                new SubscriberSlots(Integer.MAX_VALUE, limits.maxSubscribersPerClient(), "tracker.alert-stream");
    }

    /** Alerts in seq order; page on with {@code after=<last seq>}. */
    @Operation(
            operationId = "listAlerts",
            summary = "Alerts in seq order, filtered by negotiation, kind and day; page on with after=lastSeq")
    @ApiResponse(
            responseCode = "200",
            description = "{alerts: [...], lastSeq}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> list(
            @Parameter(description = "only this negotiation's alerts") @Nullable @QueryValue String negotiationId,
            @Parameter(description = "only alerts of this kind, e.g. approaching") @Nullable @QueryValue String kind,
            @Parameter(description = "only alerts raised on or after this day, e.g. 2025-06-01") @Nullable @QueryValue
                    String since,
            @Parameter(description = "only alerts after this seq (paging)") @Nullable @QueryValue Long after,
            @Parameter(description = "at most this many alerts") @Nullable @QueryValue Integer limit) {
        List<AlertView> alerts =
                store.list(AlertQuery.filter(negotiationId, kind, since, after), AlertQuery.limit(limit));
        return Map.of(
                "alerts",
                alerts,
                "lastSeq",
                alerts.isEmpty()
                        ? AlertQuery.after(after, "after")
                        : alerts.get(alerts.size() - 1).seq());
    }

    /** Server-Sent Events: every alert after {@code Last-Event-ID} (or {@code after}), then live; the event id is the seq. */
    @Operation(
            operationId = "streamAlerts",
            summary =
                    "Server-Sent Events: every alert after Last-Event-ID (or after), then live; the SSE id is the seq")
    @ApiResponse(
            responseCode = "200",
            description = "an SSE stream of alerts (the negotiation.alerts.v1 payload)",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get(uri = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<Object>> stream(
            HttpRequest<?> request,
            @Parameter(description = "resume after this seq (sent by EventSource on reconnect)")
                    @Nullable
                    @Header("Last-Event-ID")
                    String lastEventId,
            @Parameter(description = "only this negotiation's alerts") @Nullable @QueryValue String negotiationId,
            @Parameter(description = "only alerts of this kind") @Nullable @QueryValue String kind,
            @Parameter(description = "start after this seq (default 0)") @Nullable @QueryValue Long after) {
        long from = lastEventId != null ? lastEventId(lastEventId) : AlertQuery.after(after, "after");
        var filter = AlertQuery.filter(negotiationId, kind, null, from);
        if (!stream.hasRoom())
            throw new ProblemException(
                    HttpStatus.TOO_MANY_REQUESTS, "too many open alert streams; retry later", null, null);
        SubscriberSlots.Slot slot =
                perClient.take(request.getRemoteAddress().getAddress().getHostAddress());
        return Flux.from(stream.open(filter)).doFinally(ended -> slot.release());
    }

    private static long lastEventId(String value) {
        try {
            long seq = Long.parseLong(value.strip());
            if (seq >= 0) return seq;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(
                "Last-Event-ID",
                "Last-Event-ID must be the seq of an alert (a whole number, 0 or more), not '" + value + "'");
    }
}
