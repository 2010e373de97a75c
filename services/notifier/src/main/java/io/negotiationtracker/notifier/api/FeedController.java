package io.negotiationtracker.notifier.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.feeds.AlertFeed;
import io.negotiationtracker.notifier.feeds.FeedStore;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Atom feeds (RFC 4287) of the newest 100 alerts: across all negotiations, and per negotiation. */
@Controller("/api")
@Tag(name = "feeds")
public class FeedController {
    static final String ATOM = "application/atom+xml;charset=utf-8";
    static final int ENTRIES = 100;

    private final FeedStore feeds;
    private final DeadlineStore deadlines;

    public FeedController(FeedStore feeds, DeadlineStore deadlines) {
        this.feeds = feeds;
        this.deadlines = deadlines;
    }

    @Operation(
            operationId = "alertsFeed",
            summary = "An Atom (RFC 4287) feed of the newest 100 alerts across all negotiations")
    @ApiResponse(
            responseCode = "200",
            description = "an Atom feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.Unavailable
    @Get(uri = "/alerts.atom", produces = ATOM)
    public HttpResponse<String> all(HttpRequest<?> request) {
        return atom(AlertFeed.atom(null, feeds.newest(null, ENTRIES), request.getPath()));
    }

    @Operation(
            operationId = "negotiationAlertsFeed",
            summary = "An Atom (RFC 4287) feed of the negotiation's newest 100 alerts")
    @ApiResponse(
            responseCode = "200",
            description = "an Atom feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/negotiations/{negotiationId}/alerts.atom", produces = ATOM)
    public HttpResponse<String> negotiation(
            @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
                    String negotiationId,
            HttpRequest<?> request) {
        AlertQuery.negotiationId(negotiationId);
        if (!deadlines.knows(negotiationId)) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        return atom(AlertFeed.atom(negotiationId, feeds.newest(negotiationId, ENTRIES), request.getPath()));
    }

    private static HttpResponse<String> atom(String xml) {
        return HttpResponse.ok(xml).contentType(ATOM);
    }
}
